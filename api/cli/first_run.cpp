#include "cli/first_run.hpp"

#include <iostream>

#include "auth/tokens.hpp"
#include "cli/options.hpp"
#include "import/importer.hpp"

namespace moviedb::cli {

void seed_if_empty(store::Store& store, const std::string& seed_file) {
  if (seed_file.empty() || store.count_movies({}) > 0) return;
  importer::FileSource source(seed_file);
  const store::BulkLoad bulk_load(store);
  const auto report = importer::import_movies(store, importer::Format::vega, source, nullptr, {});
  std::cout << "seeded the empty store from " << seed_file << ": " << report.inserted << " titles ("
            << report.rejected << " rejected)" << std::endl;
}

void ensure_superadmin(store::Store& store, auth::AuthService& auth, const std::string& username) {
  if (username.empty() || store.count_users(domain::Role::superadmin, false) > 0) return;
  const auto from_env = process_env("MOVIEDB_ADMIN_PASSWORD");
  const auto password =
      from_env && !from_env->empty() ? *from_env : auth::new_token().substr(0, 20);
  const auto user = auth.create_user(username, password, domain::Role::superadmin, "");
  std::cout << "created superadmin '" << user.username << "'";
  if (from_env && !from_env->empty()) {
    std::cout << " with the password from MOVIEDB_ADMIN_PASSWORD\n";
  } else {
    std::cout << " with password " << password << " (shown once: keep it)\n";
  }
}

}  // namespace moviedb::cli
