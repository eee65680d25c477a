// Every protected route against every kind of caller: anonymous callers get
// 401, callers below the route's role 403, everyone else gets past the check
// (the requests name missing records, so nothing changes).
#include "integration/api_fixture.hpp"

using namespace moviedb::test;
namespace json = boost::json;

namespace {

enum class Need { user, admin, superadmin };

struct Case {
  const char* method;
  const char* path;
  const char* body;
  Need need;
};

const Case kCases[] = {
    {"POST", "/auth/logout", "", Need::user},
    {"GET", "/me", "", Need::user},
    {"GET", "/me/interactions", "", Need::user},
    {"GET", "/recommendations", "", Need::user},
    {"PUT", "/movies/missing/reaction", R"({"reaction":"like"})", Need::user},
    {"DELETE", "/movies/missing/reaction", "", Need::user},
    {"PUT", "/movies/missing/watched", "", Need::user},
    {"DELETE", "/movies/missing/watched", "", Need::user},
    {"POST", "/movies/missing/views", "", Need::user},
    {"POST", "/movies", R"({"title": ""})", Need::admin},
    {"PATCH", "/movies/missing", R"({"version": 1})", Need::admin},
    {"DELETE", "/movies/missing", "", Need::admin},
    {"GET", "/admin/users", "", Need::admin},
    {"POST", "/admin/users", R"({"username": "x"})", Need::admin},
    {"GET", "/admin/users/missing", "", Need::admin},
    {"PATCH", "/admin/users/missing", "{}", Need::admin},
    {"DELETE", "/admin/users/missing", "", Need::admin},
    {"GET", "/admin/interactions", "", Need::admin},
    {"GET", "/admin/stats", "", Need::admin},
    {"GET", "/admin/cluster", "", Need::admin},
    {"GET", "/admin/cluster/placement", "", Need::admin},
    {"GET", "/admin/cluster/placement/movies/missing", "", Need::admin},
    {"GET", "/admin/audit", "", Need::admin},
    {"GET", "/admin/movies/export", "", Need::admin},
    {"POST", "/admin/import?format=json", "[]", Need::admin},
    {"POST", "/admin/movies/bulk-delete", R"({"ids": ["missing"], "dry_run": true})",
     Need::superadmin},
};

}  // namespace

class RoleMatrix : public ApiTest {};

TEST_F(RoleMatrix, EveryProtectedRouteChecksTheCallersRole) {
  const std::vector<std::pair<std::string, int>> callers{
      {"", -1}, {user_, 0}, {admin_, 1}, {root_, 2}};
  const std::pair<const char*, const char*> logins[] = {
      {"uma", "uma-password"}, {"ada", "ada-password"}, {"root", "root-password"}};
  for (const auto& c : kCases) {
    for (const auto& [token, level] : callers) {
      // logout revokes the token it is called with: sign in afresh for it.
      const auto caller = std::string(c.path) == "/auth/logout" && level >= 0
                              ? api().sign_in(logins[level].first, logins[level].second)
                              : token;
      const auto r = api().raw(c.method, c.path, c.body, caller);
      const auto need = static_cast<int>(c.need);
      const auto where = std::string(c.method) + " " + c.path + " as level " + std::to_string(level);
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
