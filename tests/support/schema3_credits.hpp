#pragma once
// Credits as schema versions 1 to 3 kept them (a rowid table in credited
// order, and no copy in the title's row), for tests of stores written before
// credits were clustered by title.
#include "store/sqlite/connection.hpp"

namespace moviedb::test {

// Titles as schema versions 1 to 4 kept them: without their credits' copy.
inline void drop_title_credit_copies(store::sqlite::Connection& db) {
  db.exec("ALTER TABLE movies DROP COLUMN credits_json");
}

inline void keep_credits_as_in_schema_3(store::sqlite::Connection& db) {
  db.exec(R"sql(
CREATE TABLE credits_v3 (
  movie_id TEXT NOT NULL,
  person_id TEXT NOT NULL,
  name TEXT NOT NULL,
  character TEXT NOT NULL DEFAULT '',
  role TEXT NOT NULL,
  UNIQUE (movie_id, person_id, role, character)
);
INSERT INTO credits_v3 (movie_id, person_id, name, character, role)
  SELECT movie_id, person_id, name, character, role FROM credits ORDER BY seq;
DROP TABLE credits;
ALTER TABLE credits_v3 RENAME TO credits;
)sql");
  drop_title_credit_copies(db);
}

}  // namespace moviedb::test
