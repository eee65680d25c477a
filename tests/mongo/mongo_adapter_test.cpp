// What the MongoDB adapter does beyond the shared contract: its indexes, the
// topology it reports, read-your-own-writes, literal user text, bulk imports,
// and exact counters and uniqueness under concurrency. Each test works on a
// database of its own on the shared test server (or MOVIEDB_TEST_MONGODB_URI).
#include <gtest/gtest.h>
#include <mongoc/mongoc.h>

#include <atomic>
#include <map>
#include <random>
#include <set>
#include <thread>

#include "domain/clock.hpp"
#include "mongo_test_server.hpp"
#include "store/mongo/mongo_store.hpp"

namespace moviedb::test {

namespace {

using domain::Movie;
using domain::Reaction;
using store::mongo::MongoStore;

class MongoAdapter : public ::testing::Test {
 protected:
  void SetUp() override {
    uri_ = MongoTestServer::instance().fresh_uri("adapter");
    store_ = std::make_unique<MongoStore>(uri_, 8);
  }
  MongoStore& store() { return *store_; }

  static Movie movie(std::string id, std::string title, double score = 7.0) {
    Movie m;
    m.id = std::move(id);
    m.title = std::move(title);
    m.imdb_score = score;
    m.genres = {"drama"};
    m.release_year = 2000;
    return m;
  }
  void add_user(const std::string& id, const std::string& name) {
    const auto now = domain::now_iso();
    store().insert_user({{id, name, name, domain::Role::user, false, now, now}, "hash"});
  }
  // Index names per collection, straight from the server.
  std::set<std::string> indexes_of(const char* collection) {
    std::set<std::string> names;
    auto& pool = store().pool();
    store::mongo::Lease lease(pool);
    auto coll = lease.collection(collection);
    mongoc_cursor_t* cursor = mongoc_collection_find_indexes_with_opts(coll.get(), nullptr);
    const bson_t* doc = nullptr;
    while (mongoc_cursor_next(cursor, &doc)) {
      bson_iter_t iter;
      if (bson_iter_init_find(&iter, doc, "name")) names.insert(bson_iter_utf8(&iter, nullptr));
    }
    bson_error_t error;
    EXPECT_FALSE(mongoc_cursor_error(cursor, &error)) << error.message;
    mongoc_cursor_destroy(cursor);
    return names;
  }

  std::string uri_;
  std::unique_ptr<MongoStore> store_;
};

}  // namespace

TEST_F(MongoAdapter, CreatesItsIndexesIdempotently) {
  const auto interactions = indexes_of("user_interactions");
  EXPECT_TRUE(interactions.count("user_movie_unique"));
  EXPECT_TRUE(indexes_of("users").count("username_key_unique"));
  EXPECT_TRUE(indexes_of("credits").count("credit_unique"));
  EXPECT_TRUE(indexes_of("sessions").count("expires_at_ttl"));
  const auto movies = indexes_of("movies");
  for (const char* name : {"title_prefixes", "title_words", "imdb_score_seq", "title_key_seq",
                           "genres_score", "likes_seq"}) {
    EXPECT_TRUE(movies.count(name)) << name;
  }
  // A second store on the same database starts cleanly over the same indexes.
  EXPECT_NO_THROW(MongoStore(uri_, 2));
  EXPECT_EQ(indexes_of("movies"), movies);
}

TEST_F(MongoAdapter, TopologyReportsWhatTheServerCanTellAndWhatNot) {
  store().insert_movie(movie("a", "Alien"));
  const auto t = store().topology();
  EXPECT_EQ(t.at("adapter"), "mongodb");
  EXPECT_FALSE(t.at("server_version").as_string().empty());
  EXPECT_TRUE(t.at("is_mongos").is_bool());
  EXPECT_EQ(t.at("collections").at("movies"), 1);
  EXPECT_EQ(t.at("driver").at("shared_reads").at("mode"), "secondaryPreferred");
  EXPECT_EQ(t.at("driver").at("write_concern").at("w"), "majority");
  std::map<std::string, bool> missing;  // what could not be read → failed
  for (const auto& entry : t.at("unavailable").as_array())
    missing[std::string(entry.at("what").as_string())] = entry.at("failed").as_bool();
  if (!t.at("is_mongos").as_bool()) {
    // Not a mongos: no shards or balancer to report, and it says so, as
    // what this kind of deployment does not report, not as a failure.
    EXPECT_EQ(missing.at("shards"), false);
    EXPECT_EQ(missing.at("balancer"), false);
    EXPECT_TRUE(t.at("shards").as_array().empty());
  } else {
    EXPECT_FALSE(t.at("shards").as_array().empty());
  }
  if (store().features().ferretdb_version.empty()) return;
  // FerretDB: replSetGetStatus is not there (CommandNotFound: not a failure),
  // $collStats is.
  EXPECT_EQ(missing.at("members"), false);
  EXPECT_EQ(t.at("per_shard_counts").at("movies").at("(this server)"), 1);
}

TEST_F(MongoAdapter, DriverSettingsAreReadBackFromTheDriver) {
  const auto s = store().driver_settings();
  EXPECT_EQ(s.at("shared_reads").at("mode"), "secondaryPreferred");
  EXPECT_EQ(s.at("own_state_reads").at("mode"), "primary");
  EXPECT_EQ(s.at("write_concern").at("w"), "majority");
  EXPECT_EQ(s.at("write_concern").at("wtimeout_ms"), 5000);
  EXPECT_EQ(s.at("retry_writes"), true);
  EXPECT_EQ(s.at("retry_reads"), true);
  EXPECT_EQ(s.at("appname"), "moviedb-api");
  EXPECT_EQ(s.at("pool_max_clients"), 8);
}

TEST_F(MongoAdapter, AUserReadsTheirOwnWritesAtOnce) {
  store().insert_movie(movie("a", "Alien"));
  add_user("u1", "ann");
  for (int i = 0; i < 20; ++i) {
    store().set_reaction("u1", "a", i % 2 ? Reaction::dislike : Reaction::like);
    const auto mine = store().find_interaction("u1", "a");
    ASSERT_TRUE(mine);
    EXPECT_EQ(mine->reaction, i % 2 ? Reaction::dislike : Reaction::like);
    const auto title = store().find_movie("a");
    EXPECT_EQ(title->likes + title->dislikes, 1);
  }
  store().insert_session({"s1", "u1", "2999-01-01T00:00:00.000Z"});
  EXPECT_TRUE(store().find_session("s1"));  // a login is usable on the next request
}

TEST_F(MongoAdapter, UserTextIsMatchedLiterally) {
  add_user("u1", "a.b");
  add_user("u2", "axb");
  add_user("u3", "a(b");
  store::UserQuery q;
  q.q = "a.";
  EXPECT_EQ(store().list_users(q).total, 1);
  q.q = "a(";
  EXPECT_EQ(store().list_users(q).total, 1);
  q.q = ".*";
  EXPECT_EQ(store().list_users(q).total, 0);
  q.q = "^a";
  EXPECT_EQ(store().list_users(q).total, 0);
  store().insert_movie(movie("m", "Supercalifragilisticexpialidocious Returns"));
  domain::MovieQuery search;
  search.q = "supercalifragilisticexp";  // longer than the stored prefixes
  EXPECT_EQ(store().search_movies(search).total, 1);
  search.q = "supercalifragilisticexq";
  EXPECT_EQ(store().search_movies(search).total, 0);
  search.q = "{\"$ne\": null}";
  EXPECT_EQ(store().search_movies(search).total, 0);
}

TEST_F(MongoAdapter, AscendingSortsPutMissingValuesLastAcrossPages) {
  for (int i = 0; i < 5; ++i) {
    auto m = movie("r" + std::to_string(i), "With runtime " + std::to_string(i));
    m.runtime = 100 - i;
    store().insert_movie(m);
  }
  for (int i = 0; i < 3; ++i) store().insert_movie(movie("n" + std::to_string(i), "No runtime"));
  domain::MovieQuery q;
  q.sort = {"runtime", false};
  q.page_size = 3;
  std::vector<std::string> order;
  for (q.page = 1; q.page <= 3; ++q.page) {
    for (const auto& m : store().search_movies(q).items) order.push_back(m.id);
  }
  EXPECT_EQ(order, (std::vector<std::string>{"r4", "r3", "r2", "r1", "r0", "n0", "n1", "n2"}));
  EXPECT_EQ(store().movie_ids(q, 6),
            (std::vector<std::string>{"r4", "r3", "r2", "r1", "r0", "n0"}));
}

TEST_F(MongoAdapter, ImportsUpsertInUnorderedBatches) {
  std::vector<store::MovieWithCredits> batch;
  // 150 titles: more than one bulk chunk on every server (64 on FerretDB).
  for (int i = 0; i < 150; ++i) {
    auto m = movie("i" + std::to_string(i), "Imported " + std::to_string(i), 5 + (i % 50) / 10.0);
    std::vector<domain::Credit> credits{
        {"", "p" + std::to_string(i % 7), "Person " + std::to_string(i % 7), "", "DIRECTOR", "", {}}};
    batch.push_back({m, credits});
  }
  const auto first = store().upsert_movies(batch, false);
  EXPECT_EQ(first.inserted, 150);
  EXPECT_EQ(first.updated, 0);
  const auto again = store().upsert_movies(batch, false);
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.updated, 150);
  EXPECT_EQ(store().count_movies({}), 150);
  EXPECT_EQ(store().credits_of("i7").size(), 1u);
  EXPECT_EQ(store().find_person("p0")->credits, 22);  // titles 0, 7, …, 147
  EXPECT_EQ(store().find_movie("i1")->version, 2);
}

TEST_F(MongoAdapter, ConcurrentSignUpsOfOneNameLeaveOneAccount) {
  std::atomic<int> created{0}, conflicts{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      const auto now = domain::now_iso();
      const std::string name = t % 2 ? "Zoe" : "zoe";
      try {
        store().insert_user(
            {{"id" + std::to_string(t), name, name, domain::Role::user, false, now, now}, "h"});
        ++created;
      } catch (const store::StoreConflict&) {
        ++conflicts;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(created, 1);
  EXPECT_EQ(conflicts, 7);
  EXPECT_EQ(store().count_users(std::nullopt, false), 1);
}

TEST_F(MongoAdapter, CountersStayExactUnderConcurrentTraffic) {
  constexpr int kUsers = 12, kMovies = 4, kSteps = 25;
  for (int m = 0; m < kMovies; ++m) store().insert_movie(movie("m" + std::to_string(m), "Title"));
  for (int u = 0; u < kUsers; ++u) add_user("u" + std::to_string(u), "user" + std::to_string(u));
  std::atomic<int> views_done{0};
  std::vector<std::thread> threads;
  for (int u = 0; u < kUsers; ++u) {
    threads.emplace_back([&, u] {
      std::mt19937 random(static_cast<unsigned>(u));
      const auto user = "u" + std::to_string(u);
      for (int step = 0; step < kSteps; ++step) {
        const auto title = "m" + std::to_string(random() % kMovies);
        switch (random() % 4) {
          case 0: store().set_reaction(user, title, Reaction::like); break;
          case 1: store().set_reaction(user, title, random() % 2 ? Reaction::dislike : std::optional<Reaction>()); break;
          case 2: store().set_watched(user, title, random() % 2); break;
          default: store().record_view(user, title); ++views_done; break;
        }
      }
    });
  }
  // Two threads hammer one (user, title) pair: the first write is a race to insert.
  for (int t = 0; t < 2; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 20; ++i) {
        store().record_view("u0", "m0");
        ++views_done;
      }
    });
  }
  for (auto& t : threads) t.join();
  // Recount from every user's own state and compare with each title's counters.
  std::map<std::string, std::array<std::int64_t, 4>> expected;
  for (int u = 0; u < kUsers; ++u) {
    for (int m = 0; m < kMovies; ++m) {
      const auto title = "m" + std::to_string(m);
      const auto i = store().find_interaction("u" + std::to_string(u), title);
      if (!i) continue;
      auto& e = expected[title];
      e[0] += i->reaction == Reaction::like;
      e[1] += i->reaction == Reaction::dislike;
      e[2] += i->watched;
      e[3] += i->views;
    }
  }
  std::int64_t views = 0;
  for (int m = 0; m < kMovies; ++m) {
    const auto title = "m" + std::to_string(m);
    const auto stored = store().find_movie(title);
    const auto e = expected[title];
    EXPECT_EQ(stored->likes, e[0]) << title;
    EXPECT_EQ(stored->dislikes, e[1]) << title;
    EXPECT_EQ(stored->watched, e[2]) << title;
    EXPECT_EQ(stored->views, e[3]) << title;
    views += stored->views;
  }
  EXPECT_EQ(views, views_done.load());
}

TEST_F(MongoAdapter, ExpiredSessionsGoAway) {
  add_user("u1", "ann");
  store().insert_session({"old", "u1", "2001-01-01T00:00:00.000Z"});
  store().insert_session({"new", "u1", "2999-01-01T00:00:00.000Z"});
  if (store().features().ttl_indexes) {
    // MongoDB's TTL monitor removes it within a minute; the index is what matters.
    EXPECT_TRUE(indexes_of("sessions").count("expires_at_ttl"));
  } else {
    // No TTL on this server: expired sessions are cleared when sessions are written.
    EXPECT_FALSE(store().find_session("old"));
  }
  EXPECT_TRUE(store().find_session("new"));
}

}  // namespace moviedb::test
