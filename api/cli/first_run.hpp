#pragma once
// What `serve` does on a store's first start: load the bundled dataset into an
// empty store, and create the first superadmin when there is none.
#include <string>

#include "auth/auth_service.hpp"
#include "store/store.hpp"

namespace moviedb::cli {

// When no superadmin exists and `username` is not empty, creates it with
// MOVIEDB_ADMIN_PASSWORD or a generated password, printed once on stdout.
// Imports the vega movies.json at `seed_file` when the store holds no movie.
void seed_if_empty(store::Store& store, const std::string& seed_file);

void ensure_superadmin(store::Store& store, auth::AuthService& auth, const std::string& username);

}  // namespace moviedb::cli
