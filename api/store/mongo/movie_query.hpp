#pragma once
// Turns a MovieQuery into a MongoDB filter and sort. User text only ever
// becomes string values compared for equality (search words and prefixes),
// never an operator or an unescaped regular expression.
#include <optional>
#include <string>
#include <vector>

#include "domain/movie.hpp"
#include "domain/movie_query.hpp"
#include "store/mongo/unit.hpp"

namespace moviedb::store::mongo {

// A filter, or the knowledge that nothing can match (no search words, no
// such person) so no query needs to run.
struct MovieFilter {
  Doc filter;
  bool matches_nothing = false;
};

// Conditions on the text's search keys: every word whole but the last,
// which is a prefix. `prefix` names the fields ("title" → title_words,
// title_prefixes). Empty when the text has no words.
std::vector<Doc> search_conditions(const std::string& prefix, const std::string& text);
// {$and: [...]} of the conditions (or the one condition, or {}).
Doc all_of(std::vector<Doc> conditions);

// Resolves person/actor/director through person and credits. `excluded` are
// the titles exclude_interacted_by hides (interacted_movie_ids, read first in
// a unit of its own: one call never holds two pooled clients at once).
MovieFilter movie_filter(Unit& unit, const domain::MovieQuery& query,
                         const std::vector<std::string>& excluded);
// The titles a user reacted to or watched (a click to view is no verdict),
// from the primary: targeted, user_id prefixes the shard key.
std::vector<std::string> interacted_movie_ids(Unit& primary, const std::string& user_id);

// One page of movies in the query's order: descending puts nulls last (as
// MongoDB does); ascending on a field that may be null reads the non-null
// titles first and the null ones after, as SQLite's NULLS LAST does. Ties
// break on `seq` in the sort's direction.
std::vector<domain::Movie> find_movie_page(Unit& unit, const Doc& filter,
                                           const domain::MovieSort& sort, std::int64_t skip,
                                           std::int64_t limit);
std::vector<std::string> find_movie_ids(Unit& unit, const Doc& filter,
                                        const domain::MovieSort& sort, std::int64_t limit);

// The projection that leaves out the search keys (never shown).
Doc movie_projection();

}  // namespace moviedb::store::mongo
