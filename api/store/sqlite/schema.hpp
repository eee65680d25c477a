#pragma once
#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

// Creates or upgrades the schema (tracked in PRAGMA user_version); idempotent.
// Runs inside the caller's write transaction, so a failed upgrade leaves nothing.
void migrate(Connection& connection);

// The indexes that only sort and filter movies: one sorted build after a bulk
// load costs far less than keeping them through a million scattered inserts.
void ensure_sort_indexes(Connection& connection);
void drop_sort_indexes(Connection& connection);

}  // namespace moviedb::store::sqlite
