// Outages: the test server is killed under traffic and started again on the
// same port over the same files. Requests must fail fast with 503 (no hang,
// no crash, never a 500), succeed again once the server is back without a
// restart of the API, and every write that was acknowledged must be there.
// These tests own their server process, so they run on moviedb-test-mongo
// even when MOVIEDB_TEST_MONGODB_URI is set.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <cstdlib>
#include <mutex>
#include <set>
#include <thread>

#include "domain/clock.hpp"
#include "mongo_test_server.hpp"
#include "store/store.hpp"
#include "support/api_client.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace moviedb::test {

namespace {

namespace json = boost::json;
using Clock = std::chrono::steady_clock;

domain::Movie movie(const std::string& id) {
  domain::Movie m;
  m.id = id;
  m.title = "Title " + id;
  m.imdb_score = 7;
  return m;
}

template <class F>
bool eventually(std::chrono::seconds limit, F&& ok) {
  const auto deadline = Clock::now() + limit;
  while (Clock::now() < deadline) {
    if (ok()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  return false;
}

}  // namespace

TEST(MongoFault, StoreCallsFailFastWhileTheServerIsDownAndRecoverByThemselves) {
  TempDir dir;
  TestMongoProcess mongo(dir.path() / "data");
  auto store = store::open_store(mongo.uri("moviedb_fault_store"), 4);
  for (int i = 0; i < 10; ++i) store->insert_movie(movie("before" + std::to_string(i)));

  mongo.stop(SIGKILL);
  // Each call gives up after the server-selection timeout (2.5 s by default),
  // far inside the 10 s request deadline.
  auto fails_fast = [&](const char* what, auto&& call) {
    const auto started = Clock::now();
    EXPECT_THROW(call(), store::StoreUnavailable) << what;
    EXPECT_LT(Clock::now() - started, std::chrono::milliseconds(3500)) << what;
  };
  fails_fast("read", [&] { store->find_movie("before1"); });
  fails_fast("write", [&] { store->insert_movie(movie("during")); });
  fails_fast("interaction", [&] { store->record_view("u1", "before1"); });
  fails_fast("ping", [&] { store->ping(); });

  mongo.start();
  EXPECT_TRUE(eventually(std::chrono::seconds(15), [&] {
    try {
      store->ping();
      return true;
    } catch (const store::StoreUnavailable&) {
      return false;
    }
  })) << "the store did not come back";
  for (int i = 0; i < 10; ++i) EXPECT_TRUE(store->find_movie("before" + std::to_string(i)));
  EXPECT_NO_THROW(store->insert_movie(movie("after")));
  EXPECT_TRUE(store->find_movie("after"));
}

TEST(MongoFault, TheApiAnswers503DuringAnOutageAndKeepsEveryAcknowledgedWrite) {
  TempDir dir;
  TestMongoProcess mongo(dir.path() / "data");
  setenv("MOVIEDB_ADMIN_PASSWORD", "root-password", 1);
  ServerProcess api({"--web-root", "", "--store", mongo.uri("moviedb_fault_api"), "--admin-user",
                     "root", "--workers", "8"});
  unsetenv("MOVIEDB_ADMIN_PASSWORD");
  ApiClient client(api.port());
  const auto root = client.sign_in("root", "root-password");
  const auto fan = client.sign_up("fan", "fan-password-1");
  std::vector<std::string> seeds;
  for (int i = 0; i < 12; ++i) {
    const auto r = client.call("POST", "/movies",
                               json::object{{"id", "seed" + std::to_string(i)},
                                            {"title", "Seed " + std::to_string(i)}},
                               root);
    ASSERT_EQ(r.status, 201) << r.raw.body;
    seeds.push_back("seed" + std::to_string(i));
  }

  std::mutex mutex;
  std::set<std::string> created, liked;  // acknowledged writes
  std::map<int, int> statuses;
  std::chrono::milliseconds slowest{0};
  std::atomic<bool> stop{false};
  std::atomic<int> ok_after_restart{0};
  std::atomic<bool> restarted{false};
  auto traffic = [&](int worker) {
    for (int n = 0; !stop; ++n) {
      const auto started = Clock::now();
      ApiResult r;
      std::string written;
      bool like = false;
      try {
      switch (n % 3) {
        case 0:
          written = "w" + std::to_string(worker) + "-" + std::to_string(n);
          r = client.call("POST", "/movies", json::object{{"id", written}, {"title", "Traffic"}},
                          root);
          break;
        case 1:
          written = seeds[static_cast<std::size_t>((worker * 7 + n) % 12)];
          like = true;
          r = client.call("PUT", "/movies/" + written + "/reaction",
                          json::object{{"reaction", "like"}}, fan);
          break;
        default:
          r = client.call("GET", "/movies?page_size=5");
          break;
      }
      } catch (const std::exception&) {
        r.status = 0;  // no answer within the client's 10 s
      }
      const auto took = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - started);
      std::lock_guard lock(mutex);
      ++statuses[r.status];
      slowest = std::max(slowest, took);
      if (r.status / 100 == 2) {
        if (restarted) ++ok_after_restart;
        if (!written.empty()) (like ? liked : created).insert(written);
      } else {
        EXPECT_EQ(r.status, 503) << r.raw.body;
        if (r.status == 503) EXPECT_EQ(r.error_code(), "store_unavailable");
      }
    }
  };
  std::vector<std::thread> threads;
  for (int w = 0; w < 4; ++w) threads.emplace_back(traffic, w);

  std::this_thread::sleep_for(std::chrono::seconds(1));
  mongo.stop(SIGKILL);  // under traffic
  std::this_thread::sleep_for(std::chrono::seconds(5));
  {
    // Still serving: liveness answers, readiness says the store is gone.
    EXPECT_EQ(client.call("GET", "!/healthz").status, 200);
    EXPECT_EQ(client.call("GET", "!/readyz").status, 503);
    EXPECT_EQ(kill(api.pid(), 0), 0) << "the API process died";
    std::lock_guard lock(mutex);
    EXPECT_GT(statuses[503], 0) << "no request saw the outage";
  }

  mongo.start();  // same port, same files
  restarted = true;
  EXPECT_TRUE(eventually(std::chrono::seconds(15), [&] {
    return client.call("GET", "!/readyz").status == 200;
  })) << "the API did not see the store come back";
  EXPECT_TRUE(eventually(std::chrono::seconds(10), [&] { return ok_after_restart > 10; }));
  stop = true;
  for (auto& t : threads) t.join();

  EXPECT_LT(slowest, std::chrono::seconds(8)) << "a request hung during the outage";
  EXPECT_EQ(statuses[0], 0) << "a request got no answer";
  EXPECT_EQ(statuses[500], 0);
  // Every acknowledged write is there.
  for (const auto& id : created) {
    EXPECT_EQ(client.call("GET", "/movies/" + id).status, 200) << id;
  }
  const auto mine = client.call("GET", "/me/interactions?reaction=like&page_size=100", std::nullopt, fan);
  ASSERT_EQ(mine.status, 200) << mine.raw.body;
  std::set<std::string> stored;
  for (const auto& item : mine["items"].as_array()) {
    stored.insert(std::string(item.at("movie_id").as_string()));
  }
  for (const auto& id : liked) EXPECT_TRUE(stored.count(id)) << "acknowledged like lost: " << id;
  std::cout << "[ outage ] statuses:";
  for (const auto& [status, n] : statuses) {
    if (n) std::cout << " " << status << "×" << n;
  }
  std::cout << "; slowest " << slowest.count() << " ms; acknowledged " << created.size()
            << " creates, " << liked.size() << " likes\n";
}

}  // namespace moviedb::test
