// Every protected route against every kind of caller: anonymous callers get
// 401, callers below the route's role 403, everyone else gets past the check
// (the requests name missing records or carry an empty body, so nothing
// changes). The routes and the role each needs are read from the served
// document, which the server generates from its route table: a new route is
// in the matrix without anyone adding it here.
#include <algorithm>
#include <cctype>

#include "integration/api_fixture.hpp"

using namespace moviedb::test;
namespace json = boost::json;

namespace {

struct Case {
  std::string method;
  std::string path;  // below /api/v1, captures filled in
  std::string body;
  int need;  // 0 user, 1 admin, 2 superadmin
};

// {collection} names a real collection; every other capture a missing record.
std::string concrete(std::string path) {
  for (auto open = path.find('{'); open != std::string::npos; open = path.find('{')) {
    const auto close = path.find('}', open);
    const auto name = path.substr(open + 1, close - open - 1);
    path.replace(open, close - open + 1, name == "collection" ? "movies" : "missing");
  }
  return path;
}

std::vector<Case> protected_routes(const json::value& document) {
  const std::vector<std::string> levels{"signed-in", "admin", "superadmin"};
  std::vector<Case> cases;
  for (const auto& [path, item] : document.at("paths").as_object()) {
    if (!path.starts_with("/api/v1/")) continue;
    for (const auto& [method, operation] : item.as_object()) {
      const auto& access = operation.at("x-moviedb-access").as_string();
      const auto found = std::find(levels.begin(), levels.end(), access);
      if (found == levels.end()) continue;
      std::string verb(method);
      for (auto& c : verb) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      cases.push_back({verb, concrete(std::string(path.substr(7))),
                       operation.as_object().contains("requestBody") ? "{}" : "",
                       static_cast<int>(found - levels.begin())});
    }
  }
  return cases;
}

}  // namespace

class RoleMatrix : public ApiTest {};

TEST_F(RoleMatrix, EveryProtectedRouteChecksTheCallersRole) {
  const std::vector<std::pair<std::string, int>> callers{
      {"", -1}, {user_, 0}, {admin_, 1}, {root_, 2}};
  const std::pair<const char*, const char*> logins[] = {
      {"uma", "uma-password"}, {"ada", "ada-password"}, {"root", "root-password"}};
  const auto cases = protected_routes(api().call("GET", "/openapi.json").body);
  ASSERT_GE(cases.size(), 25u) << "the document lists the protected routes";
  for (const auto& c : cases) {
    for (const auto& [token, level] : callers) {
      // logout revokes the token it is called with: sign in afresh for it.
      const auto caller = c.path == "/auth/logout" && level >= 0
                              ? api().sign_in(logins[level].first, logins[level].second)
                              : token;
      const auto r = api().raw(c.method, c.path, c.body, caller);
      const auto need = c.need;
      const auto where = c.method + " " + c.path + " as level " + std::to_string(level);
      if (level < 0) {
        EXPECT_EQ(r.status, 401) << where;
      } else if (level < need) {
        EXPECT_EQ(r.status, 403) << where;
      } else {
        EXPECT_NE(r.status, 401) << where << ": " << r.raw.body;
        EXPECT_NE(r.status, 403) << where << ": " << r.raw.body;
        EXPECT_LT(r.status, 500) << where << ": " << r.raw.body;
      }
    }
  }
}

TEST_F(RoleMatrix, PublicRoutesAnswerAnyone) {
  for (const auto* path : {"/movies", "/catalog", "/genres", "/people", "/movies/missing"}) {
    const auto r = api().call("GET", path);
    EXPECT_TRUE(r.status == 200 || r.status == 404) << path;
  }
}
