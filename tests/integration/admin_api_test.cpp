#include <thread>

#include "integration/api_fixture.hpp"

using namespace moviedb::test;
namespace json = boost::json;

class AdminApi : public ApiTest {
 protected:
  std::string user_id(const std::string& token) {
    return std::string(api().call("GET", "/me", {}, token)["id"].as_string());
  }
};

TEST_F(AdminApi, OnlyASuperadminGrantsRoles) {
  const auto by_admin = api().call(
      "POST", "/admin/users",
      json::object{{"username", "mallory"}, {"password", "mallory-pw"}, {"role", "admin"}}, admin_);
  EXPECT_EQ(by_admin.status, 403);
  const auto plain = api().call("POST", "/admin/users",
                                json::object{{"username", "carl"}, {"password", "carl-password"}},
                                admin_);
  ASSERT_EQ(plain.status, 201);
  EXPECT_EQ(plain["role"], "user");
  const std::string carl(plain["id"].as_string());
  EXPECT_EQ(api().call("PATCH", "/admin/users/" + carl, json::object{{"role", "admin"}}, admin_)
                .status, 403);
  EXPECT_EQ(api().call("PATCH", "/admin/users/" + carl, json::object{{"role", "admin"}}, root_)
                .status, 200);
  // Now carl is an admin: another admin may not touch him.
  EXPECT_EQ(api().call("DELETE", "/admin/users/" + carl, {}, admin_).status, 403);
  EXPECT_EQ(api().call("DELETE", "/admin/users/" + carl, {}, root_).status, 204);
}

TEST_F(AdminApi, TheLastSuperadminIsProtected) {
  const auto root_id = user_id(root_);
  EXPECT_EQ(api().call("PATCH", "/admin/users/" + root_id, json::object{{"role", "admin"}}, root_)
                .error_code(), "last_superadmin");
  EXPECT_EQ(api().call("PATCH", "/admin/users/" + root_id, json::object{{"disabled", true}}, root_)
                .status, 409);
  EXPECT_EQ(api().call("DELETE", "/admin/users/" + root_id, {}, root_).status, 409);
  const auto ada_id = user_id(admin_);
  ASSERT_EQ(api().call("PATCH", "/admin/users/" + ada_id, json::object{{"role", "superadmin"}}, root_)
                .status, 200);
  EXPECT_EQ(api().call("PATCH", "/admin/users/" + root_id, json::object{{"role", "admin"}}, admin_)
                .status, 200);  // no longer the last one
}

TEST_F(AdminApi, TwoSuperadminsDemotingEachOtherAtOnceLeaveOne) {
  const auto root_id = user_id(root_);
  const auto ada_id = user_id(admin_);
  for (int round = 0; round < 15; ++round) {
    ASSERT_EQ(api().call("PATCH", "/admin/users/" + ada_id, json::object{{"role", "superadmin"}},
                         root_).status, 200);
    int by_root = 0, by_ada = 0;
    std::thread a([&] {
      by_root = api().call("PATCH", "/admin/users/" + ada_id, json::object{{"role", "admin"}},
                           root_).status;
    });
    std::thread b([&] {
      by_ada = api().call("PATCH", "/admin/users/" + root_id, json::object{{"role", "admin"}},
                          admin_).status;
    });
    a.join();
    b.join();
    const auto left = api().call("GET", "/admin/users?role=superadmin", {}, root_);
    ASSERT_EQ(left.status, 200) << "root was demoted, still an admin";
    ASSERT_EQ(left["total"].as_int64(), 1) << "round " << round << ": " << by_root << "/" << by_ada;
    EXPECT_EQ((by_root == 200) + (by_ada == 200), 1) << by_root << "/" << by_ada;
    if (by_ada == 200) {  // ada won: she gives root back his role for the next round
      ASSERT_EQ(api().call("PATCH", "/admin/users/" + root_id,
                           json::object{{"role", "superadmin"}}, admin_).status, 200);
      ASSERT_EQ(api().call("PATCH", "/admin/users/" + ada_id, json::object{{"role", "admin"}},
                           root_).status, 200);
    }
  }
}

TEST_F(AdminApi, PasswordResetRevokesSessions) {
  const auto uma = user_id(user_);
  EXPECT_EQ(api().call("PATCH", "/admin/users/" + uma, json::object{{"password", "short"}}, admin_)
                .status, 400);
  ASSERT_EQ(api().call("PATCH", "/admin/users/" + uma,
                       json::object{{"password", "brand-new-password"}}, admin_).status, 200);
  EXPECT_EQ(api().call("GET", "/me", {}, user_).status, 401);
  EXPECT_NO_THROW(api().sign_in("uma", "brand-new-password"));
  const auto list = api().call("GET", "/admin/users?q=um", {}, admin_);
  EXPECT_EQ(list["total"], 1);
}

TEST_F(AdminApi, BulkDeletePreviewsThenDeletesByFilter) {
  for (int i = 0; i < 5; ++i) {
    add_movie({{"title", "Bad Sequel " + std::to_string(i)}, {"genres", json::array{"horror"}}});
  }
  const auto keep = add_movie({{"title", "Good Film"}, {"genres", json::array{"drama"}}});
  const json::object filter{{"genre", json::array{"horror"}}};
  const auto preview = api().call("POST", "/admin/movies/bulk-delete",
                                  json::object{{"filter", filter}, {"dry_run", true}}, root_);
  ASSERT_EQ(preview.status, 200);
  EXPECT_EQ(preview["would_delete"], 5);
  EXPECT_EQ(api().call("GET", "/movies")["total"], 6);
  EXPECT_EQ(api().call("POST", "/admin/movies/bulk-delete", json::object{{"filter", json::object{}}},
                       root_).status, 400);
  EXPECT_EQ(api().call("POST", "/admin/movies/bulk-delete", json::object{{"filter", filter}},
                       admin_).status, 403);
  const auto done = api().call("POST", "/admin/movies/bulk-delete", json::object{{"filter", filter}},
                               root_);
  EXPECT_EQ(done["deleted"], 5);
  EXPECT_EQ(api().call("GET", "/movies")["total"], 1);
  EXPECT_EQ(api().call("POST", "/admin/movies/bulk-delete",
                       json::object{{"ids", json::array{keep, "missing"}}}, root_)["deleted"], 1);
}

TEST_F(AdminApi, ExportHasTheFilteredRows) {
  add_movie({{"title", "Alpha, the \"first\""}, {"genres", json::array{"drama"}}, {"imdb_score", 9}});
  add_movie({{"title", "Beta"}, {"genres", json::array{"drama"}}, {"imdb_score", 8}});
  add_movie({{"title", "Gamma"}, {"genres", json::array{"comedy"}}});
  const auto csv = api().call("GET", "/admin/movies/export?format=csv&genre=drama", {}, admin_);
  ASSERT_EQ(csv.status, 200);
  EXPECT_EQ(csv.raw.header("Content-Type"), "text/csv; charset=utf-8");
  EXPECT_NE(csv.raw.header("Content-Disposition")->find("attachment"), std::string::npos);
  const auto& text = csv.raw.body;
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 3);  // header + 2 rows
  EXPECT_NE(text.find("\"Alpha, the \"\"first\"\"\""), std::string::npos);
  const auto json_export = api().call("GET", "/admin/movies/export?format=json&q=gamma", {}, admin_);
  ASSERT_TRUE(json_export.body.is_array());
  EXPECT_EQ(json_export.body.as_array().size(), 1u);
  EXPECT_EQ(api().call("GET", "/admin/movies/export?format=xml", {}, admin_).status, 400);
}

TEST_F(AdminApi, APersonEnteredByFormAndByImportIsOnePerson) {
  add_movie({{"title", "Picnic at Hanging Rock"},
             {"credits", json::array{json::object{{"name", "Peter Weir"}, {"role", "director"}}}}});
  const auto imported = api().raw("POST", "/admin/import?format=json",
                                  R"([{"title": "Witness", "release_year": 1985,
           "credits": [{"name": " Peter  Weir", "role": "DIRECTOR"}]}])",
                                  admin_);
  ASSERT_EQ(imported.status, 200) << imported.raw.body;
  const auto people = api().call("GET", "/people?q=weir");
  ASSERT_EQ(people["total"], 1) << people.raw.body;
  const auto id = std::string(people["items"].at(0).at("id").as_string());
  EXPECT_EQ(api().call("GET", "/people/" + id)["credits"].as_array().size(), 2u);
}

TEST_F(AdminApi, FiltersAndFlagsKeepTheDocumentsRules) {
  const auto id = add_movie({{"title", "Keeper"}});
  // dry_run is a boolean: anything else is refused, never read as "delete".
  const auto typo = api().call("POST", "/admin/movies/bulk-delete",
                               json::object{{"ids", json::array{id}}, {"dry_run", "true"}}, root_);
  EXPECT_EQ(typo.status, 400);
  EXPECT_EQ(api().call("GET", "/movies/" + id).status, 200);
  // since/until: ISO 8601 UTC in the shape stored times have, nothing else.
  for (const auto* since : {"2024-05-01", "2024-05-01T12:00Z", "2024-05-01T12:00:00.123456Z"}) {
    EXPECT_EQ(api().call("GET", std::string("/admin/audit?since=") + since, {}, admin_).status, 200)
        << since;
  }
  for (const auto* since : {"2024-13-45", "2024-xx-yyyyyy", "2024-05-01T25:00Z", "2024-05-01+02"}) {
    EXPECT_EQ(api().call("GET", std::string("/admin/audit?since=") + since, {}, admin_).status, 400)
        << since;
  }
  // Text limits count characters, as the document's maxLength does.
  std::string two_hundred;
  for (int i = 0; i < 200; ++i) two_hundred += "%C3%A9";  // é
  EXPECT_EQ(api().call("GET", "/admin/users?q=" + two_hundred, {}, admin_).status, 200);
  EXPECT_EQ(api().call("GET", "/admin/users?q=" + two_hundred + "a", {}, admin_).status, 400);
  EXPECT_EQ(api().call("GET", "/admin/audit?collection=" + std::string(65, 'c'), {}, admin_).status,
            400);
  EXPECT_EQ(api().call("GET", "/admin/interactions?movie=a%20b", {}, admin_).status, 400);
  // A null id in a patch changes nothing, like an absent one.
  EXPECT_EQ(api()
                .call("PATCH", "/movies/" + id,
                      json::object{{"version", 1}, {"id", nullptr}, {"runtime", 90}}, admin_)
                .status,
            200);
}

TEST_F(AdminApi, PlacementOnOneNodeSaysSo) {
  const auto placement = api().call("GET", "/admin/cluster/placement", {}, admin_);
  ASSERT_EQ(placement.status, 200) << placement.raw.body;
  EXPECT_EQ(placement["sharded"], false);
  EXPECT_FALSE(std::string(placement["note"].as_string()).empty());
  if (adapter() == "sqlite")
    EXPECT_GT(placement["node"].at("file_bytes").to_number<std::int64_t>(), 0);
  EXPECT_EQ(api().call("GET", "/admin/cluster/placement?x=1", {}, admin_).status, 400);
}

TEST_F(AdminApi, OneDocumentIsFoundOnTheOneNode) {
  const auto id = add_movie({{"title", "Alien"}});
  const auto where = api().call("GET", "/admin/cluster/placement/movies/" + id, {}, admin_);
  ASSERT_EQ(where.status, 200) << where.raw.body;
  EXPECT_EQ(where["collection"], "movies");
  EXPECT_EQ(where["id"], json::value(id));
  EXPECT_EQ(where["sharded"], false);
  EXPECT_TRUE(where["shard"].is_null());
  EXPECT_EQ(
      api().call("GET", "/admin/cluster/placement/users/" + user_id(admin_), {}, admin_).status,
      200);
  EXPECT_EQ(api().call("GET", "/admin/cluster/placement/movies/tt404", {}, admin_).status, 404);
  EXPECT_EQ(api().call("GET", "/admin/cluster/placement/sessions/x", {}, admin_).status, 404);
  EXPECT_EQ(api().call("GET", "/admin/cluster/placement/movies/" + id, {}, user_).status, 403);
}

TEST_F(AdminApi, AuditStatsInteractionsAndCluster) {
  const auto id = add_movie({{"title", "Alien"}, {"genres", json::array{"horror"}}});
  api().call("PUT", "/movies/" + id + "/reaction", json::object{{"reaction", "like"}}, user_);
  const auto audit = api().call("GET", "/admin/audit?collection=movies", {}, admin_);
  ASSERT_EQ(audit["total"], 1);
  EXPECT_EQ(audit["items"].at(0).at("actor_username"), "root");
  EXPECT_EQ(audit["items"].at(0).at("action"), "create");
  EXPECT_EQ(api().call("GET", "/admin/audit?collection=users", {}, admin_)["total"], 1);  // ada
  const auto stats = api().call("GET", "/admin/stats", {}, admin_);
  EXPECT_EQ(stats["counts"].at("likes"), 1);
  EXPECT_EQ(stats["top_liked"].at(0).at("title"), "Alien");
  const auto likes = api().call("GET", "/admin/interactions?user=uma&kind=like", {}, admin_);
  EXPECT_EQ(likes["total"], 1);
  EXPECT_EQ(api().call("GET", "/admin/interactions?kind=nope", {}, admin_).status, 400);
  EXPECT_EQ(api().call("GET", "/admin/interactions?since=yesterday", {}, admin_).status, 400);
  const auto cluster = api().call("GET", "/admin/cluster", {}, admin_);
  EXPECT_EQ(cluster["adapter"].as_string(), adapter());
  EXPECT_EQ(cluster["collections"].at("movies"), 1);
}
