// Reused answers (search pages, the catalog, facets, a movie as anonymous
// visitors see it) never outlive their data: every write through the API
// shows in the next read, and on the embedded store so does an import that
// another process makes into the same file.
#include <chrono>
#include <thread>

#include "integration/api_fixture.hpp"
#include "support/server_process.hpp"

using namespace moviedb::test;
namespace json = boost::json;

namespace {

class CachedAnswers : public ApiTest {
 protected:
  // The movie `id` as the catalog shows it, or null.
  json::value in_catalog(const std::string& id) {
    const auto catalog = api().call("GET", "/catalog?limit=100");
    for (const auto& item : catalog["items"].as_array()) {
      if (item.at("id").as_string() == id) return item;
    }
    return nullptr;
  }
  // How many requests a store worker has run so far.
  std::int64_t worker_calls() {
    const auto text = get("/metrics").body;
    const std::string name = "moviedb_store_call_duration_seconds_count ";
    const auto at = text.find(name);
    if (at == std::string::npos) throw std::runtime_error("no " + name + "in /metrics");
    return std::stoll(text.substr(at + name.size()));
  }
  std::int64_t genre_count(const std::string& genre) {
    const auto genres = api().call("GET", "/genres");
    for (const auto& g : genres["items"].as_array()) {
      if (g.at("genre").as_string() == genre) return g.at("count").as_int64();
    }
    return 0;
  }
};

TEST_F(CachedAnswers, EveryWriteShowsInTheNextRead) {
  const auto id = add_movie(
      {{"title", "Zebra Crossing"}, {"imdb_score", 9.9}, {"genres", json::array{"zoology"}}});
  for (int twice = 0; twice < 2; ++twice) {  // the second round may be served from memory
    EXPECT_EQ(api().call("GET", "/movies?q=zebra")["total"], 1);
    EXPECT_EQ(in_catalog(id).at("likes"), 0);
    EXPECT_EQ(api().call("GET", "/movies/" + id)["likes"], 0);
    EXPECT_EQ(genre_count("zoology"), 1);
  }

  ASSERT_EQ(
      api()
          .call("PUT", "/movies/" + id + "/reaction", json::object{{"reaction", "like"}}, user_)
          .status,
      200);
  EXPECT_EQ(api().call("GET", "/movies?q=zebra")["items"].at(0).at("likes"), 1);
  EXPECT_EQ(in_catalog(id).at("likes"), 1);
  EXPECT_EQ(api().call("GET", "/movies/" + id)["likes"], 1);

  ASSERT_EQ(api()
                .call("PATCH", "/movies/" + id,
                      json::object{{"version", 1}, {"title", "Okapi Crossing"}}, admin_)
                .status,
            200);
  EXPECT_EQ(api().call("GET", "/movies?q=zebra")["total"], 0);
  EXPECT_EQ(in_catalog(id).at("title"), "Okapi Crossing");
  EXPECT_EQ(api().call("GET", "/movies/" + id)["title"], "Okapi Crossing");

  ASSERT_EQ(api().call("DELETE", "/movies/" + id, {}, admin_).status, 204);
  EXPECT_EQ(api().call("GET", "/movies?q=okapi")["total"], 0);
  EXPECT_TRUE(in_catalog(id).is_null());
  EXPECT_EQ(api().call("GET", "/movies/" + id).status, 404);
  EXPECT_EQ(genre_count("zoology"), 0);
}

TEST_F(CachedAnswers, AKeptAnswerSkipsTheWorkersButNeverServesASignedInCaller) {
  const auto id = add_movie({{"title", "Yak Trek"}});
  const auto first = api().call("GET", "/movies/" + id);
  ASSERT_EQ(first.status, 200);
  const auto calls = worker_calls();
  for (int i = 0; i < 3; ++i) {
    const auto again = api().call("GET", "/movies/" + id);
    EXPECT_EQ(again.raw.body, first.raw.body);
    EXPECT_EQ(again.raw.header("Content-Security-Policy"), first.raw.header("Content-Security-Policy"));
  }
  EXPECT_EQ(api().call("GET", "/catalog").status, 200);  // built: one worker call
  EXPECT_EQ(api().call("GET", "/catalog").status, 200);  // kept
  if (adapter() == "sqlite") {  // the MongoDB adapter keeps no answers (it cannot see every writer)
    EXPECT_EQ(worker_calls(), calls + 1) << "kept answers are sent from the I/O thread";
  }

  // A signed-in caller gets their own state, never the anonymous body.
  ASSERT_EQ(
      api()
          .call("PUT", "/movies/" + id + "/reaction", json::object{{"reaction", "like"}}, user_)
          .status,
      200);
  const auto own = api().call("GET", "/movies/" + id, {}, user_);
  EXPECT_EQ(own["viewer"].at("reaction"), "like");
  EXPECT_FALSE(api().call("GET", "/movies/" + id).body.as_object().contains("viewer"));
  EXPECT_EQ(api().call("GET", "/movies/" + id)["likes"], 1);
}

TEST_F(CachedAnswers, AnImportByAnotherProcessShowsWithinASecond) {
  if (adapter() != "sqlite") GTEST_SKIP() << "only the embedded store is shared by processes";
  EXPECT_EQ(api().call("GET", "/movies?q=quagga")["total"], 0);
  EXPECT_EQ(api().call("GET", "/movies?q=quagga")["total"], 0);
  const auto file = dir_.path() / "quagga.ndjson";
  write_file(file, R"({"id": "q1", "title": "Quagga Quest"})"
                   "\n");
  const auto imported =
      run_api_command({"import", "--store", store_uri(), "--format", "ndjson", file.string()});
  ASSERT_EQ(imported.exit_code, 0) << imported.output;
  std::int64_t total = 0;
  for (int tries = 0; tries < 20 && total == 0; ++tries) {
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    total = api().call("GET", "/movies?q=quagga")["total"].as_int64();
  }
  EXPECT_EQ(total, 1);
}

}  // namespace
