#pragma once
#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

// Creates or upgrades the schema (tracked in PRAGMA user_version); idempotent.
// Runs inside the caller's write transaction, so a failed upgrade leaves nothing.
void migrate(Connection& connection);

// The indexes that only reads use (sorts and filters of movies, a person's
// titles): one sorted build after a bulk load costs far less than keeping
// them through millions of scattered inserts.
void ensure_read_indexes(Connection& connection);
void drop_read_indexes(Connection& connection);

}  // namespace moviedb::store::sqlite
