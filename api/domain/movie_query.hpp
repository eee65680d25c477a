#pragma once
// The search/browse query of GET /movies, shared by export, bulk delete by
// filter and the catalog. Parsing validates every key and value.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/field_error.hpp"
#include "domain/query_string.hpp"

namespace moviedb::domain {

struct MovieSort {
  std::string field = "imdb_score";  // a movie field from sortable_movie_fields()
  bool descending = true;
};

struct MovieQuery {
  std::string q;                      // title words; the last one is a prefix
  std::optional<std::string> type;    // MOVIE or SHOW
  std::vector<std::string> genres;    // any of (lower case)
  std::optional<int> year_min;
  std::optional<int> year_max;
  std::optional<double> score_min;
  std::vector<std::string> certifications;  // any of
  std::vector<std::string> countries;       // any of (upper case)
  std::string person;                       // actor or director name words
  std::string actor;                        // name words, credited as ACTOR
  std::string director;                     // name words, credited as DIRECTOR
  MovieSort sort;
  std::int64_t page = 1;
  std::int64_t page_size = 20;
  std::string exclude_interacted_by;  // a user id: hide titles they interacted with
  // A search counts its matches up to here (or just past its page) and then
  // reports "more than": counting every match of a common word costs more
  // than the page, and grows with the catalogue. Not a request parameter.
  std::int64_t exact_total_up_to = 10'000;

  bool has_filter() const;
  std::int64_t offset() const { return (page - 1) * page_size; }
  // How many matches a search counts at most: one more than this proves the
  // total is a lower bound.
  std::int64_t count_bound() const;
  // What a count stopped at count_bound() says: the total, exact below the
  // bound, else "more than bound - 1".
  struct CountedTotal {
    std::int64_t total = 0;
    bool exact = true;
  };
  CountedTotal total_from(std::int64_t counted) const;
};

inline constexpr std::int64_t kMaxPageSize = 100;
// Distinct values a list filter takes at most (each at most kMaxQueryText characters).
inline constexpr std::size_t kMaxGenres = 20;
inline constexpr std::size_t kMaxCertifications = 20;
inline constexpr std::size_t kMaxCountries = 50;
// Characters in one text parameter (q, actor, a genre, …).
inline constexpr std::size_t kMaxQueryText = 200;

const std::vector<std::string_view>& sortable_movie_fields();

// Throws ValidationError naming each bad key; keys outside the query that the
// caller understands go in `extra_keys` and are skipped.
MovieQuery parse_movie_query(const QueryParams& params,
                             const std::vector<std::string_view>& extra_keys = {});

// One spelling per meaning: two queries with the same answer have the same
// key (lists sorted and deduplicated by the parser), so caches keyed on it
// cannot be grown by rewording one query.
std::string canonical_key(const MovieQuery& query);

}  // namespace moviedb::domain
