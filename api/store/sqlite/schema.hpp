#pragma once
#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

// Creates or upgrades the schema (tracked in PRAGMA user_version); idempotent.
// Runs inside the caller's write transaction, so a failed upgrade leaves nothing.
void migrate(Connection& connection);

}  // namespace moviedb::store::sqlite
