#pragma once
// Turns a MovieQuery into SQL over `movies m`. Every user value is a bound
// parameter; the FTS expression quotes each word, so no input is ever syntax.
#include <string>
#include <variant>
#include <vector>

#include "domain/movie_query.hpp"
#include "store/sqlite/statement.hpp"

namespace moviedb::store::sqlite {

struct SqlFilter {
  std::string where;  // "" or " WHERE …"
  std::vector<std::variant<std::string, std::int64_t, double>> params;
  void bind_all(Statement& statement) const;
};

// How title words narrow the movies (costs measured at 1M movies with h
// matches: bench/RESULTS.md). Rare words: collect the matching movies, then
// sort them (≈ 3 µs × h). Common words: walk the sort column's index and test
// each entry against the set of matching rowids built once (≈ 0.2 µs × h plus
// 0.12 µs per index entry walked). Words in a large share of titles: walk the
// index and probe each entry's words (≈ 20 µs per probe, but only about
// movies / h probes per row wanted).
enum class TitlePlan { matches_first, walk_with_match_set, walk_with_probes };

TitlePlan cheapest_title_plan(std::int64_t hits, std::int64_t movies, std::int64_t rows_wanted);

SqlFilter movie_filter(const domain::MovieQuery& query, TitlePlan plan = TitlePlan::matches_first);
std::string movie_order(const domain::MovieSort& sort);
// " INDEXED BY …" that makes the walking plans walk the sort's index, or ""
// when the sort has no such index.
std::string sort_index_hint(const domain::MovieSort& sort);

// True when the title words are the whole filter, so the word index alone
// holds the matches.
bool only_title_words(const domain::MovieQuery& query);

// "star wa" → "\"star\" \"wa\"*"; empty when the text holds no word.
std::string fts_expression(const std::string& text);

}  // namespace moviedb::store::sqlite
