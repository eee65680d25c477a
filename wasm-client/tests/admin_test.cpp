// Admin mode, movies: workspace entry by role, the server-side table, the
// form's per-field messages and stale-version conflicts, delete.
#include "state/admin.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "tests/controller_fixture.hpp"
#include "ui/format.hpp"

namespace moviedb::client::testing {
namespace {

class AdminTest : public ControllerFixture {
 protected:
  void sign_in_as(const std::string& role) {
    start();
    act(Navigate{Screen::login});
    state.nav.go({Screen::login, {}});  // the landing screen: nothing to go back to
    act(SubmitAuth{"root", "secret-password", ""});
    reply("/api/v1/auth/login", 200,
          R"({"token":"tok","user":{"id":"u1","username":"root","display_name":"Root","role":")" +
              role + R"(","disabled":false,"created_at":"","updated_at":""}})");
  }
};

TEST(AdminState, RolesAndFormEncoding) {
  Session s;
  EXPECT_FALSE(is_admin(s));
  s.phase = SessionPhase::signed_in;
  s.user.role = domain::Role::admin;
  EXPECT_TRUE(is_admin(s));
  EXPECT_FALSE(is_superadmin(s));
  s.user.role = domain::Role::user;
  EXPECT_FALSE(is_admin(s));

  MovieFormFields f;
  f.title = "  Heat ";
  f.release_year = "1995";
  f.runtime = "abc";
  f.genres = "crime, drama,";
  f.imdb_score = "";
  const auto v = boost::json::parse(encode_movie_form(f, 4)).as_object();
  EXPECT_EQ(v.at("title").as_string(), "Heat");
  EXPECT_EQ(v.at("release_year").as_int64(), 1995);
  EXPECT_EQ(v.at("runtime").as_string(), "abc");  // the server names the field
  EXPECT_EQ(v.at("genres").as_array().size(), 2u);
  EXPECT_TRUE(v.at("imdb_score").is_null());
  EXPECT_EQ(v.at("version").as_int64(), 4);
  EXPECT_FALSE(boost::json::parse(encode_movie_form(f, std::nullopt)).as_object().contains("version"));

  domain::Movie m;
  m.title = "Heat";
  m.genres = {"crime", "drama"};
  m.imdb_score = 8.3;
  const auto back = form_fields(m);
  EXPECT_EQ(back.genres, "crime, drama");
  EXPECT_EQ(back.imdb_score, "8.3");
}

TEST_F(AdminTest, UserNeverEntersTheWorkspace) {
  sign_in_as("user");
  EXPECT_EQ(state.screen(), Screen::browse);
  act(Navigate{Screen::admin_movies});
  EXPECT_EQ(state.screen(), Screen::browse);
}

TEST_F(AdminTest, AdminLandsOnTheMoviesTableAndPages) {
  sign_in_as("admin");
  EXPECT_EQ(state.screen(), Screen::admin_movies);
  frame();
  const auto& req = transport.started[index_of("/api/v1/movies?")].second;
  EXPECT_NE(req.url.find("page_size=25"), std::string::npos);
  reply("/api/v1/movies?", 200,
        R"({"items":[)" + movie_json("m1", "Heat") + R"(],"page":1,"page_size":25,"total":60})");
  EXPECT_EQ(state.admin.movies.items.size(), 1u);
  EXPECT_EQ(state.admin.movies.pages(), 3);
  act(SetAdminPage{2});
  EXPECT_NE(transport.last().url.find("page=2"), std::string::npos);
  act(ToggleAdminSelect{"m1", false, true});
  EXPECT_TRUE(state.admin.movies.selected.contains("m1"));
  act(SignOut{});
  EXPECT_TRUE(state.admin.movies.selected.empty());
}

TEST_F(AdminTest, AStoppedCountPagesOnePastIt) {
  sign_in_as("admin");
  frame();
  reply("/api/v1/movies?", 200,
        R"({"items":[)" + movie_json("m1", "Heat") +
            R"(],"page":1,"page_size":25,"total":10000,"total_exact":false})");
  const auto& movies = state.admin.movies;
  EXPECT_FALSE(movies.total_exact);
  EXPECT_EQ(movies.pages(), 400);
  act(SetAdminPage{500});
  EXPECT_NE(transport.last().url.find("page=401"), std::string::npos) << "one past the count";
  reply("/api/v1/movies?", 200,
        R"({"items":[)" + movie_json("m2", "Ran") +
            R"(],"page":401,"page_size":25,"total":10001,"total_exact":true})");
  EXPECT_FALSE(movies.has_next());
  EXPECT_EQ(movies.pages(), 401);
}

TEST_F(AdminTest, FieldErrorsAndStaleVersionConflict) {
  sign_in_as("superadmin");
  act(OpenMovieForm{"m1"});
  reply("/api/v1/movies/m1", 200, movie_json("m1", "Heat", 0, 0, R"(,"version":3)"));
  EXPECT_EQ(state.admin.form.version, 3);
  EXPECT_EQ(state.admin.form.fields.title, "Heat");

  auto fields = state.admin.form.fields;
  fields.release_year = "abc";
  act(SaveMovieForm{fields});
  EXPECT_EQ(transport.last().method, "PATCH");
  reply("/api/v1/movies/m1", 400,
        R"({"error":{"code":"invalid","message":"invalid input","details":[{"field":"release_year","message":"must be an integer"}]}})");
  EXPECT_EQ(state.admin.form.field_error("release_year"), "must be an integer");
  EXPECT_FALSE(state.admin.form.conflict);

  fields.release_year = "1995";
  act(SaveMovieForm{fields});
  reply("/api/v1/movies/m1", 409,
        R"({"error":{"code":"stale_version","message":"stale","details":[{"field":"version","message":"is stale"}]}})");
  EXPECT_TRUE(state.admin.form.conflict);
  // Reload takes the server's version.
  act(SaveMovieForm{fields});
  EXPECT_EQ(transport.last().method, "GET");
  reply("/api/v1/movies/m1", 200, movie_json("m1", "Heat 2", 0, 0, R"(,"version":4)"));
  EXPECT_FALSE(state.admin.form.conflict);
  EXPECT_EQ(state.admin.form.version, 4);
  EXPECT_EQ(state.admin.form.fields.title, "Heat 2");
  act(SaveMovieForm{state.admin.form.fields});
  reply("/api/v1/movies/m1", 200, movie_json("m1", "Heat 2", 0, 0, R"(,"version":5)"));
  EXPECT_FALSE(state.admin.form.open());
}

TEST_F(AdminTest, DeleteNeedsConfirmation) {
  sign_in_as("admin");
  act(AskDeleteMovie{"m1", "Heat"});
  EXPECT_EQ(count("/api/v1/movies/m1", "DELETE"), 0u);
  act(ConfirmDeleteMovie{});
  reply("/api/v1/movies/m1", 204, "", {}, "DELETE");
  EXPECT_TRUE(state.admin.pending_delete.id.empty());
  EXPECT_TRUE(state.admin.movies.load.stale);
}

TEST_F(AdminTest, ImportIsDryRunFirstThenKeepsTheErrors) {
  sign_in_as("admin");
  int picks = 0;
  controller.set_file_picker([&picks] { ++picks; });
  act(PickImportFile{});
  EXPECT_EQ(picks, 1);
  act(RunImport{true});  // no file yet
  EXPECT_EQ(count("/api/v1/admin/import"), 0u);

  act(ImportFileChosen{"few.ndjson", "{\"title\":\"A\"}\n{}\n"});
  EXPECT_EQ(state.admin.import.format, "ndjson");
  act(RunImport{false});  // refused before a dry run
  EXPECT_EQ(count("/api/v1/admin/import"), 0u);
  act(RunImport{true});
  const auto& req = transport.last();
  EXPECT_EQ(req.url, "/api/v1/admin/import?format=ndjson&dry_run=true");
  EXPECT_EQ(header_value(req, "Content-Type"), "application/x-ndjson");
  EXPECT_EQ(req.body, "{\"title\":\"A\"}\n{}\n");
  reply("/api/v1/admin/import", 200,
        R"({"records":2,"inserted":1,"updated":0,"rejected":1,"credits_added":0,"errors":[{"index":1,"message":"title: is required"}]})");
  ASSERT_TRUE(state.admin.import.result);
  EXPECT_TRUE(state.admin.import.can_import());
  EXPECT_EQ(state.admin.import.result->errors.at(0).index, 1);

  act(RunImport{false});
  EXPECT_EQ(transport.last().url, "/api/v1/admin/import?format=ndjson");
  reply("/api/v1/admin/import", 200,
        R"({"records":2,"inserted":1,"updated":0,"rejected":1,"errors":[{"index":1,"message":"title: is required"}]})");
  EXPECT_EQ(state.admin.import.phase, ImportPhase::imported);
  EXPECT_FALSE(state.admin.import.result_is_dry_run);
  EXPECT_EQ(state.admin.import.result->errors.size(), 1u);
  EXPECT_FALSE(state.admin.import.can_import());  // another run needs another dry run
}

TEST_F(AdminTest, UsersShowTheServersRefusal) {
  sign_in_as("admin");
  act(Navigate{Screen::admin_users});
  EXPECT_EQ(state.screen(), Screen::admin_users);
  frame();
  reply("/api/v1/admin/users?", 200,
        R"({"items":[{"id":"u2","username":"bob","display_name":"","role":"user","disabled":false}],"page":1,"page_size":100,"total":1})");
  ASSERT_EQ(state.admin.users.items.size(), 1u);
  act(ChangeUser{"u2", {.role = std::string("admin")}});
  EXPECT_EQ(transport.last().method, "PATCH");
  EXPECT_EQ(transport.last().url, "/api/v1/admin/users/u2");
  EXPECT_EQ(transport.last().body, R"({"role":"admin"})");
  reply("/api/v1/admin/users/u2", 403,
        R"({"error":{"code":"forbidden","message":"only a superadmin manages admin and superadmin accounts"}})");
  EXPECT_EQ(state.admin.users.message, "only a superadmin manages admin and superadmin accounts");
  EXPECT_EQ(state.admin.users.items[0].role, domain::Role::user);

  act(CreateUser{"carol", "pw", "user", ""});
  reply("/api/v1/admin/users", 400,
        R"({"error":{"code":"invalid","message":"invalid input","details":[{"field":"password","message":"is too short"}]}})",
        {}, "POST");
  ASSERT_EQ(state.admin.users.create_field_errors.size(), 1u);
  EXPECT_EQ(state.admin.users.create_field_errors[0].field, "password");

  act(AskDeleteUser{"u2"});
  act(ConfirmDeleteUser{});
  reply("/api/v1/admin/users/u2", 409,
        R"({"error":{"code":"last_superadmin","message":"this is the last superadmin"}})", {}, "DELETE");
  EXPECT_EQ(state.admin.users.message, "this is the last superadmin");
}

TEST(AdminWire, ClusterOnEitherStore) {
  auto sqlite = net::decode_cluster(
      R"({"adapter":"sqlite","server_version":"SQLite 3.40","path":"/tmp/x.sqlite3","sharded":false,
          "collections":{"movies":3201,"users":2},"notes":["embedded single-node store"]})");
  ASSERT_TRUE(sqlite);
  EXPECT_EQ(sqlite->adapter, "sqlite");
  ASSERT_EQ(sqlite->collections.size(), 2u);
  EXPECT_EQ(sqlite->collections[0].second, 3201);
  EXPECT_EQ(sqlite->notes.size(), 1u);

  auto mongo = net::decode_cluster(
      R"({"adapter":"mongodb","shards":[{"id":"rs0","host":"rs0/a:1,b:2","state":1}],
          "members":[{"name":"a:1","state":"PRIMARY"}],
          "unavailable":[{"what":"balancer","reason":"only a mongos reports it","failed":false},
                         {"what":"per_shard_counts","reason":"$collStats failed: Unauthorized","failed":true},
                         {"what":"shard_keys","reason":"config.collections: broken"}]})");
  ASSERT_TRUE(mongo);
  ASSERT_EQ(mongo->rows.size(), 2u);
  EXPECT_EQ(mongo->rows[0].first, "shards");
  EXPECT_NE(mongo->rows[0].second.find("host: rs0/a:1,b:2"), std::string::npos);
  ASSERT_EQ(mongo->unavailable.size(), 3u);
  EXPECT_EQ(mongo->unavailable[0].text, "balancer: only a mongos reports it");
  EXPECT_FALSE(mongo->unavailable[0].failed);
  EXPECT_TRUE(mongo->unavailable[1].failed);
  EXPECT_TRUE(mongo->unavailable[2].failed);  // a server that does not say counts as failed
  EXPECT_FALSE(net::decode_cluster("[]"));
}

TEST_F(AdminTest, DashboardClusterAuditLoadOnTheirScreens) {
  sign_in_as("admin");
  act(Navigate{Screen::admin_dashboard});
  frame();
  reply("/api/v1/admin/stats", 200,
        R"({"counts":{"movies":10,"shows":2,"people":5,"users":3,"interactions":4,"likes":2,"dislikes":1,"watched":1,"views":7},
            "top_liked":[],"top_viewed":[],"reactions_per_genre":[{"genre":"drama","likes":2,"dislikes":1}],"activity":[]})");
  EXPECT_EQ(state.admin.stats.stats.movies, 10);
  ASSERT_EQ(state.admin.stats.stats.reactions_per_genre.size(), 1u);

  act(Navigate{Screen::admin_audit});
  frame();
  EXPECT_EQ(transport.last().url, "/api/v1/admin/audit?page_size=100");
  reply("/api/v1/admin/audit", 200,
        R"({"items":[{"id":1,"at":"2026-01-01T00:00:00Z","actor_id":"u1","actor_username":"root","action":"create","collection":"movies","ids":["m1"],"summary":{"title":"Heat"}}],"page":1,"page_size":100,"total":1})");
  ASSERT_EQ(state.admin.audit.items.size(), 1u);
  EXPECT_EQ(state.admin.audit.items[0].action, "create");
  act(SetAuditFilter{{"", "delete", "movies"}});
  EXPECT_EQ(transport.last().url, "/api/v1/admin/audit?action=delete&collection=movies&page_size=100");

  act(Navigate{Screen::admin_cluster});
  frame();
  reply("/api/v1/admin/cluster", 200, R"({"adapter":"sqlite","collections":{"movies":1}})");
  EXPECT_EQ(state.admin.cluster.info.adapter, "sqlite");
  EXPECT_EQ(count("/api/v1/admin/cluster/placement"), 0u);  // the Placement screen's
}

// The Placement screen is registered the way wasm-client/README.md says: its
// logic loads it when shown, reloads it, and is the only reader of its action.
TEST_F(AdminTest, PlacementScreenLoadsWhereEachCollectionLives) {
  sign_in_as("admin");
  act(Navigate{Screen::admin_placement});
  frame();
  EXPECT_TRUE(state.admin.placement.load.loading());
  reply(
      "/api/v1/admin/cluster/placement", 200,
      R"({"adapter":"mongodb","sharded":true,"shards":[],"balancer":{"stopped":false,"active_window":{"start":"23:00","stop":"6:00"}},"collections":[{"collection":"movies","sharded":true,"chunks":3,"chunks_per_shard":{"shard-a":2,"shard-b":1}},{"collection":"users","sharded":false,"shard":"shard-a"}]})");
  const auto& facts = state.admin.placement.facts;
  ASSERT_EQ(facts.collections.size(), 2u);
  EXPECT_EQ(facts.collections[0].chunks_per_shard,
            (std::vector<std::pair<std::string, std::int64_t>>{{"shard-a", 2}, {"shard-b", 1}}));
  EXPECT_EQ(facts.collections[1].shard, "shard-a");
  EXPECT_EQ(facts.balancer, "runs 23:00 to 6:00");
  frame();
  EXPECT_EQ(count("/api/v1/admin/cluster/placement"), 1u);  // loaded once while shown
  act(Reload{});
  EXPECT_EQ(count("/api/v1/admin/cluster/placement"), 2u);
}

TEST_F(AdminTest, PlacementScreenRefusesNonAdmins) {
  sign_in_as("user");
  act(Navigate{Screen::admin_placement});
  frame();
  act(locate_title("tt1"));
  EXPECT_EQ(count("/api/v1/admin/cluster/placement"), 0u);
  EXPECT_EQ(state.screen(), Screen::browse);
}

TEST_F(AdminTest, DocumentsPerShardComeFromTheClusterFacts) {
  sign_in_as("admin");
  act(Navigate{Screen::admin_cluster});
  frame();
  reply("/api/v1/admin/cluster", 200,
        R"({"adapter":"mongodb","per_shard_counts":{"movies":{"shard-a":120,"shard-b":80}}})");
  ASSERT_EQ(state.admin.cluster.info.documents_per_shard.size(), 1u);
  EXPECT_EQ(state.admin.cluster.info.documents_per_shard[0].first, "movies");
  EXPECT_EQ(state.admin.cluster.info.documents_per_shard[0].second,
            (net::ShardCounts{{"shard-a", 120}, {"shard-b", 80}}));
}

TEST_F(AdminTest, WhereIsThisTitleAsksThePlacementOfThatTitle) {
  sign_in_as("admin");
  act(locate_title("tt 1"));
  EXPECT_EQ(transport.last().url, "/api/v1/admin/cluster/placement/movies/tt%201");
  EXPECT_TRUE(state.admin.placement.locate.load.loading());
  reply(
      "/api/v1/admin/cluster/placement/movies/tt%201", 200,
      R"({"adapter":"mongodb","collection":"movies","id":"tt 1","sharded":true,"shard":"shard-b",)"
      R"("chunk":{"shard":"shard-b","min":{"_id":-5},"max":{"_id":0},"jumbo":false},)"
      R"("credits":{"sharded":true,"shard":"shard-a"}})");
  EXPECT_EQ(state.admin.placement.locate.load.phase, LoadPhase::ready);
  EXPECT_EQ(ui::location_text(state.admin.placement.locate.where),
            R"(on shard-b, chunk {"_id":-5} to {"_id":0} · its credits on shard-a)");
  act(locate_title(""));
  EXPECT_TRUE(state.admin.placement.locate.id.empty());
}

}  // namespace
}  // namespace moviedb::client::testing
