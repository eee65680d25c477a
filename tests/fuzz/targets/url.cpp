// Percent-decoding and query strings: every answer is valid UTF-8 without NUL.
#include <cstdlib>

#include "domain/query_string.hpp"
#include "domain/utf8.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  const auto text = moviedb::fuzz::as_text(bytes, size);
  for (const bool plus : {false, true}) {
    if (auto decoded = moviedb::domain::percent_decode(text, plus)) {
      if (!moviedb::domain::valid_utf8(*decoded) || decoded->find('\0') != std::string::npos) {
        std::abort();
      }
    }
  }
  if (auto params = moviedb::domain::parse_query(text)) {
    for (const auto& [key, value] : *params) {
      if (!moviedb::domain::valid_utf8(key) || !moviedb::domain::valid_utf8(value)) std::abort();
    }
  }
  return 0;
}
