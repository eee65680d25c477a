#pragma once
// The title word index. Its rowid is the title's place in the default order
// (best IMDb score first, then newest rowid), so a search in that order reads
// its page's matches first and stops, instead of reading and sorting every
// match (bench/RESULTS.md, "Title search keyed by score").
//
// The key, ascending: a rank from the score, then the movie's rowid reversed.
// A score that is a whole number of thousandths (every score parsed from a
// decimal with up to three places) ranks at an even slot shared only with the
// same score; any other score ranks at the odd slot between its neighbours and
// is ordered exactly by reading the scores of that slot's matches.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

inline constexpr const char* kRankedTitles = "movies_fts_by_score";

// SQL for the key of a movie with IMDb score `score` and rowid `rowid` (both
// SQL expressions). The one definition: the schema's trigger, the writes in
// movie_rows.cpp and the searches all use it.
std::string ranked_title_key(const std::string& score, const std::string& rowid);
// SQL selecting, as `r`, the rowids of the movies whose title matches the FTS
// expression that the caller appends (a parameter).
const std::string& ranked_titles_matching();

// Adds a title; removes one if it is indexed (with the score and title it
// was indexed with, which FTS5 needs to find its words); indexes every title
// not yet indexed. A title is indexed with its row's current score and title,
// or not at all (a bulk load indexes at its end), so a write that changes
// either removes the entry first.
void add_ranked_title(Connection& db, std::int64_t rowid, std::optional<double> score,
                      std::string_view title);
void remove_ranked_title(Connection& db, std::int64_t rowid, std::optional<double> score,
                         std::string_view title);
void fill_ranked_titles(Connection& db);
// Fills it in when some title is not indexed: a bulk load stopped before its
// end.
void fill_ranked_titles_if_missing(Connection& db);

// The rowids of the page [offset, offset + size) of the titles matching FTS
// `expression`, in the default order.
std::vector<std::int64_t> ranked_title_rowids(Connection& db, const std::string& expression,
                                              std::int64_t offset, std::int64_t size);

}  // namespace moviedb::store::sqlite
