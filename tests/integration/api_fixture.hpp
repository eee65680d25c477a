#pragma once
// A real server with a superadmin (root), an admin (ada) and a user (uma),
// and a few titles, for endpoint tests.
#include <boost/json.hpp>
#include <cstdlib>

#include "integration/server_fixture.hpp"
#include "support/api_client.hpp"

namespace moviedb::test {

class ApiTest : public ServerTest {
 protected:
  void SetUp() override { start_api(); }

  void start_api(std::vector<std::string> flags = {}) {
    setenv("MOVIEDB_ADMIN_PASSWORD", "root-password", 1);
    flags.insert(flags.end(), {"--admin-user", "root"});
    start(flags);
    unsetenv("MOVIEDB_ADMIN_PASSWORD");
    api_ = std::make_unique<ApiClient>(port());
    root_ = api().sign_in("root", "root-password");
    const auto created = api().call(
        "POST", "/admin/users",
        boost::json::object{{"username", "ada"}, {"password", "ada-password"}, {"role", "admin"}},
        root_);
    if (created.status != 201) throw std::runtime_error("admin setup: " + created.raw.body);
    admin_ = api().sign_in("ada", "ada-password");
    user_ = api().sign_up("uma", "uma-password");
  }

  const ApiClient& api() const { return *api_; }

  // Creates a title as the superadmin; its id.
  std::string add_movie(boost::json::object movie) {
    const auto r = api().call("POST", "/movies", movie, root_);
    if (r.status != 201) throw std::runtime_error("add_movie: " + r.raw.body);
    return std::string(r["id"].as_string());
  }

  std::unique_ptr<ApiClient> api_;
  std::string root_, admin_, user_;
};

}  // namespace moviedb::test
