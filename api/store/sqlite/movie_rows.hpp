#pragma once
// Maps movies to rows by walking domain::movie_fields(): columns are named
// like the JSON fields, lists are stored as JSON text.
#include <optional>
#include <string>
#include <string_view>

#include "domain/movie.hpp"
#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

// "m.id, m.title, …" in movie_fields() order, for SELECTs over `movies m`.
const std::string& movie_select_columns();
domain::Movie read_movie(const Statement& row);

// Whether a write indexes the title at once or leaves it to a bulk load's
// end, which indexes every title in key order (ranked_titles.hpp).
enum class TitleIndex { now, at_end };

// Writes the movie's editable fields as a new row (timestamps from `now`),
// with its credits' copy (credit_rows.hpp).
void insert_movie_row(Connection& db, const domain::Movie& movie, const std::string& now,
                      std::string_view credits_copy, TitleIndex titles = TitleIndex::now);
// Overwrites the editable fields, and the credits' copy when one is given, and
// bumps the version; rows changed (0 or 1). `expected_version` < 0 skips the
// version check (imports).
int update_movie_row(Connection& db, const domain::Movie& movie, std::int64_t expected_version,
                     const std::string& now, std::optional<std::string_view> credits_copy,
                     TitleIndex titles = TitleIndex::now);
// Adds the genre/country lookup rows of a movie's lists.
void add_list_rows(Connection& db, std::int64_t rowid, const domain::Movie& movie);

}  // namespace moviedb::store::sqlite
