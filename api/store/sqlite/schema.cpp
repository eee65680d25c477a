#include "store/sqlite/schema.hpp"

#include <array>
#include <string>
#include <utility>

#include "store/sqlite/credit_rows.hpp"
#include "store/sqlite/ranked_titles.hpp"

namespace moviedb::store::sqlite {

namespace {

// Every GET /movies filter and sort has an index; ties break on rowid, which
// every index carries, so paging is stable without an extra sort.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE movies (
  id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  type TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  release_year INTEGER,
  age_certification TEXT NOT NULL DEFAULT '',
  runtime INTEGER,
  genres TEXT NOT NULL DEFAULT '[]',
  production_countries TEXT NOT NULL DEFAULT '[]',
  seasons INTEGER,
  imdb_id TEXT NOT NULL DEFAULT '',
  imdb_score REAL,
  imdb_votes INTEGER,
  tmdb_popularity REAL,
  tmdb_score REAL,
  us_gross INTEGER,
  worldwide_gross INTEGER,
  us_dvd_sales INTEGER,
  production_budget INTEGER,
  rotten_tomatoes_rating INTEGER,
  release_date TEXT NOT NULL DEFAULT '',
  distributor TEXT NOT NULL DEFAULT '',
  source TEXT NOT NULL DEFAULT '',
  creative_type TEXT NOT NULL DEFAULT '',
  likes INTEGER NOT NULL DEFAULT 0,
  dislikes INTEGER NOT NULL DEFAULT 0,
  watched INTEGER NOT NULL DEFAULT 0,
  views INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE movie_genres (
  genre TEXT NOT NULL,
  movie_rowid INTEGER NOT NULL,
  PRIMARY KEY (genre, movie_rowid)
) WITHOUT ROWID;
CREATE INDEX movie_genres_movie ON movie_genres(movie_rowid);
CREATE TABLE movie_countries (
  country TEXT NOT NULL,
  movie_rowid INTEGER NOT NULL,
  PRIMARY KEY (country, movie_rowid)
) WITHOUT ROWID;
CREATE INDEX movie_countries_movie ON movie_countries(movie_rowid);

-- Title search: accent- and case-insensitive words, prefix indexes for the
-- last word the user is still typing (keyed by score since version 3).
-- Inserts and changes are indexed by movie_rows.cpp (explicit statements
-- import 3x faster than triggers).
CREATE VIRTUAL TABLE movies_fts USING fts5(
  title, content='movies', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
CREATE TRIGGER movies_fts_delete AFTER DELETE ON movies BEGIN
  INSERT INTO movies_fts(movies_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
  DELETE FROM movie_genres WHERE movie_rowid = old.rowid;
  DELETE FROM movie_countries WHERE movie_rowid = old.rowid;
END;

CREATE TABLE person (
  id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL
);
CREATE VIRTUAL TABLE person_fts USING fts5(
  name, content='person', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
CREATE TRIGGER person_fts_insert AFTER INSERT ON person BEGIN
  INSERT INTO person_fts(rowid, name) VALUES (new.rowid, new.name);
END;
CREATE TRIGGER person_fts_delete AFTER DELETE ON person BEGIN
  INSERT INTO person_fts(person_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
END;
CREATE TRIGGER person_fts_update AFTER UPDATE OF name ON person BEGIN
  INSERT INTO person_fts(person_fts, rowid, name) VALUES ('delete', old.rowid, old.name);
  INSERT INTO person_fts(rowid, name) VALUES (new.rowid, new.name);
END;

CREATE TABLE credits (
  movie_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  name TEXT NOT NULL,
  character TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  UNIQUE (movie_id, person_id, role, character)
);
-- Its index by person is one of kReadIndexes (below).

CREATE TABLE users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  username_key TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX users_role ON users(role);

CREATE TABLE user_interactions (
  user_id TEXT NOT NULL,
  movie_id TEXT NOT NULL,
  reaction TEXT,
  watched INTEGER NOT NULL DEFAULT 0,
  watched_at TEXT NOT NULL DEFAULT '',
  views INTEGER NOT NULL DEFAULT 0,
  last_viewed_at TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (user_id, movie_id)
) WITHOUT ROWID;
CREATE INDEX user_interactions_movie ON user_interactions(movie_id);
CREATE INDEX user_interactions_updated ON user_interactions(updated_at);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  expires_at TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions(user_id);
CREATE INDEX sessions_expires ON sessions(expires_at);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_username TEXT NOT NULL,
  action TEXT NOT NULL,
  collection TEXT NOT NULL,
  ids TEXT NOT NULL,
  summary TEXT NOT NULL
);
CREATE INDEX audit_log_at ON audit_log(at);
)sql";

// People's name index is written by sqlite_movies.cpp (see upsert_person).
constexpr const char* kSchemaV2 = R"sql(
DROP TRIGGER person_fts_insert;
DROP TRIGGER person_fts_update;
)sql";

// Title search keyed by the default order (ranked_titles.hpp), in place of
// version 1's index keyed by rowid: a search in that order stops after its
// page instead of sorting every match. Written by movie_rows.cpp.
void rank_titles_by_score(Connection& connection) {
  connection.exec(R"sql(
DROP TRIGGER movies_fts_delete;
DROP TABLE movies_fts;
CREATE TRIGGER movies_delete AFTER DELETE ON movies BEGIN
  DELETE FROM movie_genres WHERE movie_rowid = old.rowid;
  DELETE FROM movie_countries WHERE movie_rowid = old.rowid;
END;
)sql");
  connection.exec(std::string("CREATE VIRTUAL TABLE ") + kRankedTitles +
                  " USING fts5(title, content='', tokenize='unicode61 remove_diacritics 2', "
                  "prefix='1 2 3')");
  const auto old_key = ranked_title_key("old.imdb_score", "old.rowid");
  connection.exec(std::string("CREATE TRIGGER ") + kRankedTitles +
                  "_delete AFTER DELETE ON movies WHEN EXISTS (SELECT 1 FROM " + kRankedTitles +
                  " WHERE rowid = " + old_key + ") BEGIN INSERT INTO " + kRankedTitles + "(" +
                  kRankedTitles + ", rowid, title) VALUES ('delete', " + old_key +
                  ", old.title); END");
  fill_ranked_titles(connection);
}

// The indexes no write reads: the movies indexes that only sort and filter,
// and the people-to-titles index of credits (ensure_read_indexes creates them
// on every open; a bulk load may drop them for a while).
struct ReadIndex {
  const char* name;
  const char* table_and_columns;
};
constexpr std::array<ReadIndex, 16> kReadIndexes{{
    {"movies_imdb_score", "movies(imdb_score)"},
    {"movies_title", "movies(title COLLATE NOCASE)"},
    {"movies_release_year", "movies(release_year)"},
    {"movies_imdb_votes", "movies(imdb_votes)"},
    {"movies_likes", "movies(likes)"},
    {"movies_dislikes", "movies(dislikes)"},
    {"movies_views", "movies(views)"},
    {"movies_watched", "movies(watched)"},
    {"movies_runtime", "movies(runtime)"},
    {"movies_tmdb_score", "movies(tmdb_score)"},
    {"movies_tmdb_popularity", "movies(tmdb_popularity)"},
    {"movies_created_at", "movies(created_at)"},
    {"movies_updated_at", "movies(updated_at)"},
    {"movies_type_score", "movies(type, imdb_score)"},
    {"movies_certification", "movies(age_certification, imdb_score)"},
    {"credits_person", "credits(person_id, movie_id)"},
}};

// Credits clustered by title: a movie page reads its credits from one leaf of
// one B-tree, where version 3 took an index leaf and then a table page per
// credit (bench/RESULTS.md). `seq` keeps the order in which they were credited
// (version 3's rowid); the key is version 3's uniqueness rule.
constexpr const char* kSchemaV4 = R"sql(
CREATE TABLE credits_by_title (
  movie_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  role TEXT NOT NULL,
  character TEXT NOT NULL DEFAULT '',
  name TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (movie_id, person_id, role, character)
) WITHOUT ROWID;
INSERT INTO credits_by_title
  SELECT movie_id, person_id, role, character, name, rowid FROM credits
  ORDER BY movie_id, person_id, role, character;
DROP TABLE credits;
ALTER TABLE credits_by_title RENAME TO credits;
)sql";

}  // namespace

void ensure_read_indexes(Connection& connection) {
  for (const auto& [name, on] : kReadIndexes) {
    connection.exec(std::string("CREATE INDEX IF NOT EXISTS ") + name + " ON " + on);
  }
}

void drop_read_indexes(Connection& connection) {
  for (const auto& [name, on] : kReadIndexes) {
    connection.exec(std::string("DROP INDEX IF EXISTS ") + name);
  }
}

void migrate(Connection& connection) {
  auto& version = connection.prepare("PRAGMA user_version");
  version.step();
  const auto current = version.int64(0);
  version.reset();
  if (current < 1) {
    connection.exec(kSchemaV1);
    connection.exec("PRAGMA user_version = 1");
  }
  if (current < 2) {
    connection.exec(kSchemaV2);
    connection.exec("PRAGMA user_version = 2");
  }
  if (current < 3) {
    rank_titles_by_score(connection);
    connection.exec("PRAGMA user_version = 3");
  }
  if (current < 4) {
    connection.exec(kSchemaV4);
    connection.exec("PRAGMA user_version = 4");
  }
  if (current < 5) {
    // A copy of each title's credits in its row (credit_rows.hpp).
    connection.exec("ALTER TABLE movies ADD COLUMN credits_json TEXT NOT NULL DEFAULT '[]'");
    copy_every_title_credits(connection);
    connection.exec("PRAGMA user_version = 5");
  }
  // Also rebuilds what a bulk load that never finished left out.
  fill_ranked_titles_if_missing(connection);
  ensure_read_indexes(connection);
}

}  // namespace moviedb::store::sqlite
