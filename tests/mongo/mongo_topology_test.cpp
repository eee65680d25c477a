// The routing claims of api/store/mongo/README.md, shown on the topology
// simulator (moviedb-test-mongo --replset/--mongos, tests/mongo/server): the
// real API, over HTTP, on a simulated three-member replica set or behind a
// simulated mongos, with the simulator's command log as the witness.
//
// What only a real cluster can show (replication lag of data, real elections,
// chunk migrations) is listed in tests/mongo/server/README.md. These tests own
// their simulator, so they run on it even when MOVIEDB_TEST_MONGODB_URI is set.
#include <gtest/gtest.h>
#include <mongoc/mongoc.h>

#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <thread>

#include "mongo_test_server.hpp"
#include "support/api_client.hpp"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace moviedb::test {

namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

// The simulator's control API (tests/mongo/server/README.md).
class Control {
 public:
  explicit Control(std::uint16_t port) : port_(port) {}
  json::value get(const std::string& path) const { return call("GET", path, ""); }
  json::value post(const std::string& path, const json::object& body = {}) const {
    return call("POST", path, json::serialize(body));
  }
  std::string primary() const {
    return std::string(get("/topology").as_object().at("primary").as_string());
  }
  // Command log entries (oldest first), without hellos.
  json::array log() const { return get("/log").as_array(); }
  void clear_log() const { post("/log/clear"); }

 private:
  json::value call(std::string_view method, const std::string& path,
                   const std::string& body) const {
    const auto response = http_request(port_, method, path, body);
    if (response.status != 200) {
      throw std::runtime_error("control " + path + ": " + std::to_string(response.status));
    }
    return json::parse(response.body);
  }
  std::uint16_t port_;
};

std::string text(const json::object& entry, std::string_view key) {
  const auto* value = entry.if_contains(key);
  return value && value->is_string() ? std::string(value->get_string()) : std::string();
}

std::string mode(const json::object& entry) {
  const auto* pref = entry.if_contains("readPreference");
  if (!pref || !pref->is_object()) return "";
  return text(pref->get_object(), "mode");
}

bool reads(const json::object& entry) {
  const auto command = text(entry, "command");
  return command == "find" || command == "aggregate" || command == "count" || command == "distinct";
}

// A simulated set and the API on it, seeded with a few titles and a user.
class OnSimulatedSet : public ::testing::Test {
 protected:
  // `api_flags(mongo)` adds flags to the API's command line.
  using ApiFlags = std::function<std::vector<std::string>(const TestMongoProcess&)>;
  void start(std::vector<std::string> topology, const std::string& uri_options = "",
             const ApiFlags& api_flags = {}) {
    topology.insert(topology.end(), {"--control", "127.0.0.1:0"});
    mongo_ = std::make_unique<TestMongoProcess>(dir_.path() / "data", 0, topology);
    control_ = std::make_unique<Control>(mongo_->control_port());
    setenv("MOVIEDB_ADMIN_PASSWORD", "root-password", 1);
    std::vector<std::string> args{
        "--web-root",   "",     "--store",   mongo_->uri("moviedb_topology", uri_options),
        "--admin-user", "root", "--workers", "8"};
    if (api_flags) {
      for (auto& flag : api_flags(*mongo_)) args.push_back(std::move(flag));
    }
    api_ = std::make_unique<ServerProcess>(args);
    unsetenv("MOVIEDB_ADMIN_PASSWORD");
    client_ = std::make_unique<ApiClient>(api_->port());
    root_ = client_->sign_in("root", "root-password");
    fan_ = client_->sign_up("fan", "fan-password-1");
    for (int i = 0; i < 6; ++i) {
      const auto id = "t" + std::to_string(i);
      const auto r = client_->call("POST", "/movies",
                                   json::object{{"id", id},
                                                {"title", "Topology " + std::to_string(i)},
                                                {"genres", json::array{"drama"}},
                                                {"imdb_score", 5 + i}},
                                   root_);
      ASSERT_EQ(r.status, 201) << r.raw.body;
      titles_.push_back(id);
    }
  }

  // Entries of the log whose collection is `collection` and that `match`.
  template <class F>
  std::vector<json::object> entries(const std::string& collection, F&& match) const {
    std::vector<json::object> out;
    for (const auto& entry : control_->log()) {
      const auto& e = entry.as_object();
      if (text(e, "collection") == collection && match(e)) out.push_back(e);
    }
    return out;
  }

  TempDir dir_;
  std::unique_ptr<TestMongoProcess> mongo_;
  std::unique_ptr<Control> control_;
  std::unique_ptr<ServerProcess> api_;
  std::unique_ptr<ApiClient> client_;
  std::string root_, fan_;
  std::vector<std::string> titles_;
};

const std::vector<std::string> kThreeMembers{"--replset", "rs0", "--members", "3"};

}  // namespace

TEST_F(OnSimulatedSet, SharedReadsGoToSecondariesOwnStateAndWritesToThePrimary) {
  start(kThreeMembers);
  const auto primary = control_->primary();
  control_->clear_log();
  // Shared data: search, a title, the catalog, facets (fresh queries, so no
  // kept answer hides the store).
  ASSERT_EQ(client_->call("GET", "/movies?q=topology&page_size=3").status, 200);
  ASSERT_EQ(client_->call("GET", "/movies/t1").status, 200);
  ASSERT_EQ(client_->call("GET", "/catalog?limit=4").status, 200);
  ASSERT_EQ(client_->call("GET", "/genres").status, 200);
  const auto shared = entries("movies", reads);
  ASSERT_FALSE(shared.empty());
  for (const auto& e : shared) {
    EXPECT_EQ(mode(e), "secondaryPreferred") << json::serialize(e);
    EXPECT_NE(text(e, "listener"), primary) << json::serialize(e);
  }

  // A user's own state and every write: the primary, w: majority.
  control_->clear_log();
  ASSERT_EQ(
      client_->call("PUT", "/movies/t2/reaction", json::object{{"reaction", "like"}}, fan_).status,
      200);
  ASSERT_EQ(client_->call("GET", "/movies/t2", {}, fan_).status, 200);
  const auto own = entries("user_interactions", [](const auto&) { return true; });
  ASSERT_FALSE(own.empty());
  for (const auto& e : own) {
    EXPECT_EQ(text(e, "listener"), primary) << json::serialize(e);
    EXPECT_TRUE(mode(e).empty() || mode(e) == "primary") << json::serialize(e);
    if (!reads(e)) {
      const auto* wc = e.if_contains("writeConcern");
      ASSERT_TRUE(wc && wc->is_object()) << json::serialize(e);
      EXPECT_EQ(text(wc->get_object(), "w"), "majority") << json::serialize(e);
    }
  }
  // Once the process has seen a write, shared reads wait for it (causal
  // consistency: afterClusterTime rides on them).
  control_->clear_log();
  ASSERT_EQ(client_->call("GET", "/movies?q=topology&page_size=4").status, 200);
  const auto after = entries("movies", reads);
  ASSERT_FALSE(after.empty());
  for (const auto& e : after) EXPECT_TRUE(e.contains("afterClusterTime")) << json::serialize(e);
}

TEST_F(OnSimulatedSet, AStepdownDuringABurstOfReactionsLosesAndDoublesNothing) {
  start(kThreeMembers);
  const auto old_primary = control_->primary();
  std::vector<std::string> fans;
  for (int i = 0; i < 4; ++i) {
    fans.push_back(client_->sign_up("burst" + std::to_string(i), "burst-password-1"));
  }
  std::mutex mutex;
  std::map<std::string, int> acknowledged;  // title → likes the API confirmed
  std::map<int, int> statuses;
  std::atomic<bool> stepped{false};
  auto burst = [&](int f) {
    for (std::size_t t = 0; t < titles_.size(); ++t) {
      for (int attempt = 0; attempt < 20; ++attempt) {
        const auto r = client_->call("PUT", "/movies/" + titles_[t] + "/reaction",
                                     json::object{{"reaction", "like"}}, fans[f]);
        std::lock_guard lock(mutex);
        ++statuses[r.status];
        if (r.status == 200) {
          ++acknowledged[titles_[t]];
          break;
        }
        EXPECT_EQ(r.status, 503) << r.raw.body;
        EXPECT_EQ(r.error_code(), "store_unavailable") << r.raw.body;
        std::this_thread::sleep_for(milliseconds(200));
      }
      if (f == 0 && t == 1 && !stepped.exchange(true)) control_->post("/stepdown");
    }
  };
  std::vector<std::thread> threads;
  for (int f = 0; f < 4; ++f) threads.emplace_back(burst, f);
  for (auto& t : threads) t.join();
  ASSERT_TRUE(stepped);
  EXPECT_NE(control_->primary(), old_primary);
  // Every like was acknowledged once, within the election window's retries,
  // and each counter is exactly the number of likes: none lost, none twice.
  for (const auto& title : titles_) {
    EXPECT_EQ(acknowledged[title], 4) << title;
    EXPECT_EQ(client_->call("GET", "/movies/" + title)["likes"], 4) << title;
  }
  // Writes landed on both sides of the election: the driver found the new
  // primary by itself (server selection waits out the 1 s election).
  std::set<std::string> writers;
  for (const auto& entry : control_->log()) {
    const auto& e = entry.as_object();
    if (text(e, "collection") == "user_interactions" && !reads(e) && e.at("errorCode") == 0) {
      writers.insert(text(e, "listener"));
    }
  }
  EXPECT_TRUE(writers.contains(old_primary));
  EXPECT_TRUE(writers.contains(control_->primary()));
}

TEST_F(OnSimulatedSet, WithoutAPrimaryReadsGoOnWritesFailFastAndAllRecovers) {
  start(kThreeMembers);
  // An election that takes 8 s: no primary meanwhile.
  control_->post("/stepdown", json::object{{"electionDelayMs", 8000}});
  const auto started = Clock::now();
  EXPECT_EQ(client_->call("GET", "/movies?q=topology&page_size=2").status, 200);
  EXPECT_EQ(client_->call("GET", "/movies/t3").status, 200);
  const auto write =
      client_->call("PUT", "/movies/t3/reaction", json::object{{"reaction", "like"}}, fan_);
  const auto took = Clock::now() - started;
  EXPECT_EQ(write.status, 503) << write.raw.body;
  EXPECT_EQ(write.error_code(), "store_unavailable");
  EXPECT_TRUE(write.raw.header("Retry-After"));
  EXPECT_LT(took, std::chrono::seconds(6));  // serverSelectionTimeoutMS (2.5 s), not a hang
  // Ready (reads work) but says what does not.
  const auto ready = client_->call("GET", "!/readyz");
  EXPECT_EQ(ready.status, 200) << ready.raw.body;
  EXPECT_EQ(ready["status"], "degraded") << ready.raw.body;
  EXPECT_NE(std::string(ready["writes"].as_string()).find("no primary"), std::string::npos);
  // The election ends; writes work again without restarting the API.
  bool recovered = false;
  for (int i = 0; i < 40 && !recovered; ++i) {
    recovered =
        client_->call("PUT", "/movies/t3/reaction", json::object{{"reaction", "like"}}, fan_)
            .status == 200;
    if (!recovered) std::this_thread::sleep_for(milliseconds(500));
  }
  EXPECT_TRUE(recovered);
  EXPECT_EQ(client_->call("GET", "/movies/t3")["likes"], 1);
  EXPECT_EQ(client_->call("GET", "!/readyz")["status"], "ready");
}

TEST_F(OnSimulatedSet, AStaleMemberGetsNoReadsAndAnUnreachableOneChangesNothing) {
  start(kThreeMembers, "readPreference=secondaryPreferred&maxStalenessSeconds=90");
  const auto primary = control_->primary();
  const std::string stale = primary == "member1" ? "member2" : "member1";
  control_->post("/members/" + stale + "/stale", json::object{{"lagSeconds", 200}});
  std::this_thread::sleep_for(milliseconds(1500));  // monitors see the lag
  control_->clear_log();
  for (int i = 0; i < 12; ++i) {
    ASSERT_EQ(client_->call("GET", "/movies?q=topology&page_size=" + std::to_string(i + 1)).status,
              200);
  }
  const auto shared = entries("movies", reads);
  ASSERT_FALSE(shared.empty());
  for (const auto& e : shared) EXPECT_NE(text(e, "listener"), stale) << json::serialize(e);

  // The other secondary unreachable too: reads fall back to the primary.
  const std::string other = stale == "member1" ? "member2" : "member1";
  control_->post("/members/" + other + "/unreachable");
  for (int i = 0; i < 4; ++i) {
    const auto r = client_->call("GET", "/movies?q=topology&page=" + std::to_string(i + 2));
    EXPECT_EQ(r.status, 200) << i << " " << r.raw.body;
  }
  EXPECT_EQ(
      client_->call("PUT", "/movies/t4/reaction", json::object{{"reaction", "like"}}, fan_).status,
      200);
}

TEST_F(OnSimulatedSet, ThroughMongosTheReadPreferenceArrivesWithEachRead) {
  start({"--replset", "rs0", "--members", "3", "--mongos", "1"});
  control_->clear_log();
  ASSERT_EQ(client_->call("GET", "/movies?q=topology&page_size=5").status, 200);
  const auto at_router =
      entries("movies", [](const auto& e) { return text(e, "listener") == "mongos0" && reads(e); });
  ASSERT_FALSE(at_router.empty());
  for (const auto& e : at_router) EXPECT_EQ(mode(e), "secondaryPreferred") << json::serialize(e);
  ASSERT_EQ(
      client_->call("PUT", "/movies/t5/reaction", json::object{{"reaction", "like"}}, fan_).status,
      200);
  const auto writes = entries("user_interactions", [](const auto& e) {
    return text(e, "listener") == "mongos0" && !reads(e);
  });
  ASSERT_FALSE(writes.empty());
  for (const auto& e : writes) EXPECT_TRUE(e.contains("writeConcern")) << json::serialize(e);
}

TEST_F(OnSimulatedSet, TheClusterViewReadsThroughItsOwnMonitoringConnection) {
  // The application through mongos, the monitor straight to the set (as a
  // clusterMonitor user would be given): the cluster-wide questions arrive
  // at members directly, not through the router, and the view says so.
  start({"--replset", "rs0", "--members", "3", "--mongos", "1"}, "",
        [](const TestMongoProcess& mongo) {
          return std::vector<std::string>{"--monitor-store", mongo.replset_uri("admin")};
        });
  control_->clear_log();
  const auto cluster = client_->call("GET", "/admin/cluster", {}, root_);
  ASSERT_EQ(cluster.status, 200) << cluster.raw.body;
  EXPECT_NE(std::string(cluster["monitor"].as_string()).find("--monitor-store"), std::string::npos);
  bool direct = false, routed = false;
  for (const auto& entry : control_->log()) {
    const auto& e = entry.as_object();
    if (text(e, "command") == "replSetGetStatus") {
      direct = direct || (text(e, "via").empty() && text(e, "listener") != "mongos0");
      routed = routed || text(e, "listener") == "mongos0";
    }
  }
  EXPECT_TRUE(direct);
  EXPECT_FALSE(routed);
  // Without it, the view says it used the application's connection.
  api_.reset();
  api_ = std::make_unique<ServerProcess>(std::vector<std::string>{
      "--web-root", "", "--store", mongo_->uri("moviedb_topology"), "--workers", "2"});
  ApiClient plain_client(api_->port());
  const auto plain =
      plain_client.call("GET", "/admin/cluster", {}, plain_client.sign_in("root", "root-password"));
  ASSERT_EQ(plain.status, 200) << plain.raw.body;
  EXPECT_NE(std::string(plain["monitor"].as_string()).find("application"), std::string::npos);
}

namespace {

// Writes documents into the simulated cluster's config database, shaped as
// MongoDB 7.0 keeps them (config.shards, config.databases, config.collections,
// config.chunks in the manual); the simulator has no catalogue of its own.
void seed_config(const std::string& uri, const char* collection,
                 const std::vector<std::string>& documents) {
  mongoc_init();
  mongoc_client_t* client = mongoc_client_new(uri.c_str());
  ASSERT_NE(client, nullptr);
  mongoc_collection_t* config = mongoc_client_get_collection(client, "config", collection);
  for (const auto& text : documents) {
    bson_error_t error;
    bson_t* doc = bson_new_from_json(reinterpret_cast<const uint8_t*>(text.data()),
                                     static_cast<ssize_t>(text.size()), &error);
    ASSERT_NE(doc, nullptr) << error.message;
    EXPECT_TRUE(mongoc_collection_insert_one(config, doc, nullptr, nullptr, &error))
        << error.message;
    bson_destroy(doc);
  }
  mongoc_collection_destroy(config);
  mongoc_client_destroy(client);
}

// Two shards and the database's primary, as config.shards and
// config.databases hold them.
void seed_two_shards(const std::string& uri) {
  seed_config(uri, "shards",
              {R"({"_id": "shard-a", "host": "shard-a/10.0.1.10:27018", "state": 1})",
               R"({"_id": "shard-b", "host": "shard-b/10.0.2.10:27018", "state": 1})"});
  seed_config(uri, "databases", {R"({"_id": "moviedb_topology", "primary": "shard-a"})"});
}

// A chunk of the collection with `uuid` (config.chunks since MongoDB 5.0).
std::string chunk(const std::string& uuid, const std::string& min, const std::string& max,
                  const char* shard) {
  return R"({"uuid": )" + uuid + R"(, "min": )" + min + R"(, "max": )" + max + R"(, "shard": ")" +
         shard + R"("})";
}

}  // namespace

TEST_F(OnSimulatedSet, ThePlacementViewReadsTheClustersCatalogue) {
  start({"--replset", "rs0", "--members", "3", "--mongos", "1"});
  const auto uri = mongo_->uri("admin");
  const std::string uuid =
      R"({"$binary": {"base64": "3b241101e2bb42558caf4136c566a962", "subType": "04"}})";
  seed_two_shards(uri);
  seed_config(
      uri, "collections",
      {R"({"_id": "moviedb_topology.movies", "key": {"_id": "hashed"}, "unique": false, "uuid": )" +
       uuid + "}"});
  seed_config(
      uri, "chunks",
      {R"({"uuid": )" + uuid +
           R"(, "min": {"_id": {"$numberLong": "-9223372036854775808"}}, "max": {"_id": {"$numberLong": "0"}}, "shard": "shard-a"})",
       R"({"uuid": )" + uuid +
           R"(, "min": {"_id": {"$numberLong": "0"}}, "max": {"_id": {"$numberLong": "9223372036854775807"}}, "shard": "shard-b", "jumbo": true})"});
  seed_config(
      uri, "settings",
      {R"({"_id": "balancer", "stopped": false, "activeWindow": {"start": "23:00", "stop": "6:00"}})"});
  const auto placement = client_->call("GET", "/admin/cluster/placement", {}, root_);
  ASSERT_EQ(placement.status, 200) << placement.raw.body;
  EXPECT_EQ(placement["sharded"], true);
  EXPECT_EQ(placement["balancer"].at("active_window"),
            (json::object{{"start", "23:00"}, {"stop", "6:00"}}));
  EXPECT_EQ(placement["shards"].as_array().size(), 2u);
  EXPECT_EQ(placement["database"].at("primary_shard"), "shard-a");
  std::map<std::string, json::object> by_name;
  for (const auto& c : placement["collections"].as_array()) {
    by_name[std::string(c.at("collection").as_string())] = c.as_object();
  }
  const auto& movies = by_name.at("movies");
  EXPECT_EQ(movies.at("sharded"), true);
  EXPECT_EQ(movies.at("shard_key"), (json::object{{"_id", "hashed"}}));
  EXPECT_EQ(movies.at("chunks"), 2);
  EXPECT_EQ(movies.at("chunks_per_shard"), (json::object{{"shard-a", 1}, {"shard-b", 1}}));
  EXPECT_EQ(movies.at("jumbo_chunks"), 1);
  EXPECT_EQ(movies.at("ranges").as_array().at(1).at("shard"), "shard-b");
  EXPECT_EQ(by_name.at("users").at("sharded"), false);
  EXPECT_EQ(by_name.at("users").at("shard"), "shard-a");
  EXPECT_EQ(client_->call("GET", "/admin/cluster/placement", {}, fan_).status, 403);
  // The cluster view's balancer: mongos's balancerStatus, from the same settings.
  const auto cluster = client_->call("GET", "/admin/cluster", {}, root_);
  ASSERT_EQ(cluster.status, 200) << cluster.raw.body;
  EXPECT_EQ(cluster["balancer"].at("mode"), "full") << cluster.raw.body;
  for (const auto& missing : cluster["unavailable"].as_array()) {
    EXPECT_NE(missing.at("what"), "balancer") << cluster.raw.body;
  }
  // $collStats through mongos names the shards: every shard that owns chunks
  // of movies, and the primary alone for an unsharded collection.
  const auto& per_shard = cluster["per_shard_counts"].as_object();
  const auto& movie_counts = per_shard.at("movies").as_object();
  EXPECT_EQ(movie_counts.size(), 2u) << cluster.raw.body;
  EXPECT_EQ(movie_counts.at("shard-a").as_int64() + movie_counts.at("shard-b").as_int64(),
            cluster["collections"].at("movies").as_int64());
  EXPECT_EQ(per_shard.at("users"), (json::object{{"shard-a", cluster["collections"].at("users")}}));
}

// A balancer switched off by its mode alone (no `stopped`) is off in both
// views: the placement's reading of config.settings and mongos's balancerStatus.
TEST_F(OnSimulatedSet, ABalancerOffByItsModeIsOffInBothViews) {
  start({"--replset", "rs0", "--members", "3", "--mongos", "1"});
  const auto uri = mongo_->uri("admin");
  seed_two_shards(uri);
  seed_config(uri, "settings", {R"({"_id": "balancer", "mode": "off"})"});
  const auto placement = client_->call("GET", "/admin/cluster/placement", {}, root_);
  ASSERT_EQ(placement.status, 200) << placement.raw.body;
  EXPECT_EQ(placement["balancer"].at("stopped"), true) << placement.raw.body;
  const auto cluster = client_->call("GET", "/admin/cluster", {}, root_);
  ASSERT_EQ(cluster.status, 200) << cluster.raw.body;
  EXPECT_EQ(cluster["balancer"].at("mode"), "off") << cluster.raw.body;
}

// The lookup routes as mongos does: movies by the hash of _id, credits by
// movie_id. The expected sides come from MongoDB's hash computed apart from
// the server (Python's hashlib over seed ‖ type 15 ‖ the BSON string):
//   tt0700001 → -4179903354754799820   tt0100003 → -1846189097131196808
//   tt0100001 →   -82719822668428400   tt0100002 →  7416161459846795988
// FerretDB stores no MinKey/MaxKey, so the outer bounds here are the extreme
// NumberLongs and strings; shard_key_test shows MinKey and MaxKey.
TEST_F(OnSimulatedSet, ALookupNamesTheShardOnEitherSideOfAChunkBoundary) {
  start({"--replset", "rs0", "--members", "3", "--mongos", "1"});
  const auto uri = mongo_->uri("admin");
  seed_two_shards(uri);
  const std::string movies_uuid =
      R"({"$binary": {"base64": "3b241101e2bb42558caf4136c566a962", "subType": "04"}})";
  const std::string credits_uuid =
      R"({"$binary": {"base64": "9a1c4e0bd5f04f0c8a2e6b7d3c5e1f20", "subType": "04"}})";
  seed_config(uri, "collections",
              {R"({"_id": "moviedb_topology.movies", "key": {"_id": "hashed"}, "uuid": )" +
                   movies_uuid + "}",
               R"({"_id": "moviedb_topology.credits", "key": {"movie_id": 1}, "uuid": )" +
                   credits_uuid + "}"});
  auto long_key = [](const char* field, const char* value) {
    return std::string(R"({")") + field + R"(": {"$numberLong": ")" + value + R"("}})";
  };
  const auto boundary = long_key("_id", "-1846189097131196808");
  seed_config(
      uri, "chunks",
      {chunk(movies_uuid, long_key("_id", "-9223372036854775808"), boundary, "shard-a"),
       chunk(movies_uuid, boundary, long_key("_id", "0"), "shard-b"),
       chunk(movies_uuid, long_key("_id", "0"), long_key("_id", "9223372036854775807"), "shard-a"),
       chunk(credits_uuid, R"({"movie_id": ""})", R"({"movie_id": "tt05"})", "shard-a"),
       chunk(credits_uuid, R"({"movie_id": "tt05"})", R"({"movie_id": "~"})", "shard-b")});
  for (const char* id : {"tt0700001", "tt0100003", "tt0100001", "tt0100002"}) {
    ASSERT_EQ(
        client_->call("POST", "/movies", json::object{{"id", id}, {"title", id}}, root_).status,
        201);
  }
  auto where = [&](const char* id) {
    const auto r =
        client_->call("GET", std::string("/admin/cluster/placement/movies/") + id, {}, root_);
    EXPECT_EQ(r.status, 200) << r.raw.body;
    return r;
  };
  const auto below = where("tt0700001");
  EXPECT_EQ(below["sharded"], true);
  EXPECT_EQ(below["shard"], "shard-a");
  EXPECT_EQ(below["key"], (json::object{{"_id", -4179903354754799820LL}}));
  EXPECT_EQ(below["credits"].at("shard"), "shard-b");  // "tt07" sorts after "tt05"
  const auto on = where("tt0100003");                  // the boundary itself: min is inclusive
  EXPECT_EQ(on["shard"], "shard-b");
  EXPECT_EQ(on["chunk"].at("min"), (json::object{{"_id", -1846189097131196808LL}}));
  EXPECT_EQ(on["credits"].at("shard"), "shard-a");
  EXPECT_EQ(where("tt0100001")["shard"], "shard-b");
  EXPECT_EQ(where("tt0100002")["shard"], "shard-a");  // max 0 is exclusive
  // Unsharded collections live on the primary shard; unknown ids are 404.
  const auto user =
      client_->call("GET",
                    "/admin/cluster/placement/users/" +
                        std::string(client_->call("GET", "/me", {}, fan_)["id"].as_string()),
                    {}, root_);
  EXPECT_EQ(user["sharded"], false);
  EXPECT_EQ(user["shard"], "shard-a");
  EXPECT_EQ(client_->call("GET", "/admin/cluster/placement/movies/tt0999999", {}, root_).status,
            404);
}

}  // namespace moviedb::test
