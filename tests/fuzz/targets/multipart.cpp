// multipart/form-data: the first line is the Content-Type, the rest the body.
#include <cstdlib>

#include "fuzz_input.hpp"
#include "http/multipart.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace moviedb;
  const auto text = fuzz::as_text(bytes, size);
  const auto newline = text.find('\n');
  if (newline == std::string_view::npos) return 0;
  const auto boundary = http::multipart_boundary(text.substr(0, newline));
  if (!boundary) return 0;
  const auto body = text.substr(newline + 1);
  if (auto parts = http::parse_multipart(body, *boundary)) {
    for (const auto& [name, content] : *parts) {
      // Parts are views into the body, never copies.
      if (content.data() < body.data() || content.data() + content.size() > body.data() + body.size()) {
        std::abort();
      }
    }
  }
  return 0;
}
