// The search query: parsed, bounded, and one key per meaning (parsing the
// same parameters in reverse order gives the same canonical key).
#include "domain/movie_query.hpp"

#include <algorithm>
#include <cstdlib>

#include "domain/query_string.hpp"
#include "fuzz_input.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace moviedb;
  auto params = domain::parse_query(fuzz::as_text(bytes, size));
  if (!params) return 0;
  try {
    const auto query = domain::parse_movie_query(*params);
    if (query.genres.size() > domain::kMaxGenres || query.page_size > domain::kMaxPageSize ||
        query.certifications.size() > domain::kMaxCertifications) {
      std::abort();
    }
    auto reversed = *params;
    std::reverse(reversed.begin(), reversed.end());
    const auto again = domain::parse_movie_query(reversed);
    // Scalars keep the last value given, so only list-only queries compare.
    const bool lists_only = std::all_of(params->begin(), params->end(), [](const auto& p) {
      return p.first == "genre" || p.first == "certification" || p.first == "country";
    });
    if (lists_only && domain::canonical_key(query) != domain::canonical_key(again)) std::abort();
  } catch (const domain::ValidationError&) {
  }
  return 0;
}
