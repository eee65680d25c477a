// Anonymous (and a few admin) request shapes that once grew the server's
// memory without bound: each is sent 2,000 times (fewer for the multi-MiB
// ones) and the server's resident set must stay within a bound over the
// baseline taken after ordinary warm-up traffic, while it keeps answering.
#include <fstream>
#include <sstream>
#include <thread>

#include "integration/api_fixture.hpp"

using namespace moviedb::test;
namespace json = boost::json;

namespace {

constexpr long kBoundKiB = 32 * 1024;

long rss_kib(pid_t pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  throw std::runtime_error("no VmRSS for pid " + std::to_string(pid));
}

std::string ndjson_titles(int count) {
  const char* genres[] = {"drama", "comedy", "thriller", "horror", "documentation", "crime"};
  const char* certs[] = {"R", "PG", "PG-13", "G", "TV-MA", "TV-14"};
  const char* countries[] = {"US", "GB", "FR", "DE", "IN", "JP"};
  std::string out;
  for (int i = 0; i < count; ++i) {
    json::object movie{{"id", "tm" + std::to_string(i)},
                       {"title", "Title number " + std::to_string(i)},
                       {"description", std::string(200, 'd')},
                       {"release_year", 1950 + i % 70},
                       {"age_certification", certs[i % 6]},
                       {"genres", json::array{genres[i % 6], genres[(i / 6) % 6]}},
                       {"production_countries", json::array{countries[i % 6]}},
                       {"imdb_score", 1.0 + (i % 90) / 10.0}};
    out += json::serialize(movie) + "\n";
  }
  return out;
}

}  // namespace

class HostileMemory : public ApiTest {
 protected:
  void SetUp() override {
    // The caches and statements measured here are the embedded store's; the
    // MongoDB stand-in scans every title per search, too slow for 2,000 each.
    if (adapter() != "sqlite") GTEST_SKIP() << "measures the embedded store";
    start_api({"--login-rate-address", "1000000", "--register-rate-address", "1000000",
               "--workers", "4"});
    const auto imported =
        api().raw("POST", "/admin/import?format=ndjson", ndjson_titles(3000), root_);
    ASSERT_EQ(imported.status, 200) << imported.raw.body;
    // Ordinary traffic first: the baseline includes what normal use keeps.
    for (int i = 0; i < 200; ++i) {
      get("/api/v1/movies?q=title&page=" + std::to_string(1 + i % 20));
      get("/api/v1/movies/tm" + std::to_string(i));
    }
    baseline_ = rss_kib(server_->pid());
  }

  // Sends `count` requests made by `shape(i)`, checks every status is `want`
  // and that the server still grew less than the bound.
  template <class Shape>
  void expect_bounded(const std::string& name, int count, int want, Shape shape) {
    for (int i = 0; i < count; ++i) {
      const auto status = shape(i);
      ASSERT_EQ(status, want) << name << " request " << i;
    }
    const auto grown = rss_kib(server_->pid()) - baseline_;
    std::cout << "[ RSS      ] " << name << ": +" << grown / 1024 << " MiB over the baseline\n";
    EXPECT_LT(grown, kBoundKiB) << name;
    EXPECT_EQ(get("/api/v1/movies?q=title").status, 200) << "normal traffic after " << name;
  }

  long baseline_ = 0;
};

TEST_F(HostileMemory, CacheKeysFromRepeatedListValues) {
  std::string repeated;
  for (int r = 0; r < 700; ++r) repeated += "&certification=R";
  expect_bounded("cache keys", 2000, 200, [&](int i) {
    return get("/api/v1/movies?q=t" + std::to_string(i) + repeated).status;
  });
}

TEST_F(HostileMemory, StatementShapesFromListLengths) {
  expect_bounded("statement shapes", 2000, 200, [&](int i) {
    std::string target = "/api/v1/movies?page=" + std::to_string(1 + i / 400);
    for (int g = 0; g <= i % 20; ++g) target += "&genre=g" + std::to_string(g);
    for (int c = 0; c <= (i / 20) % 20; ++c) target += "&certification=c" + std::to_string(c);
    return get(target).status;
  });
}

TEST_F(HostileMemory, AnonymousImportBodiesAreNeverRead) {
  expect_bounded("anonymous import", 2000, 401, [&](int) {
    HttpConnection connection(port());
    connection.send(
        "POST /api/v1/admin/import?format=ndjson HTTP/1.1\r\nHost: x\r\n"
        "Content-Length: 200000000\r\nExpect: 100-continue\r\n\r\n");
    const auto response = connection.read_response();
    return response ? response->status : 0;
  });
}

TEST_F(HostileMemory, SignInsWithHugeAndCountlessUsernames) {
  const std::string huge(100 * 1024, 'u');
  // Every tenth name could exist (and costs a hash to check); the rest cannot.
  expect_bounded("sign-in names", 2000, 401, [&](int i) {
    const auto name = i % 10 ? huge + std::to_string(i) : "name" + std::to_string(i);
    return api().call("POST", "/auth/login", json::object{{"username", name}, {"password", "x"}})
        .status;
  });
}

TEST_F(HostileMemory, ThousandsOfUnknownKeys) {
  std::string keys;
  for (int k = 0; keys.size() < 15000; ++k) keys += "&k" + std::to_string(k) + "=";
  const auto answer = get("/api/v1/movies?x=" + keys);
  ASSERT_EQ(answer.status, 400);
  EXPECT_LT(answer.body.size(), 4096u) << "the details are capped";
  EXPECT_NE(answer.body.find("more\""), std::string::npos) << answer.body.substr(0, 300);
  expect_bounded("unknown keys", 2000, 400, [&](int i) {
    return get("/api/v1/movies?y" + std::to_string(i) + "=" + keys).status;
  });
}

TEST_F(HostileMemory, NetflixHeaderOfCommas) {
  const std::string boundary = "b0undary";
  const std::string body = "--" + boundary +
                           "\r\nContent-Disposition: form-data; name=\"titles\"\r\n\r\n" +
                           std::string(2 << 20, ',') + "\r\n--" + boundary + "--\r\n";
  expect_bounded("netflix header", 40, 400, [&](int) {
    return http_request(port(), "POST", "/api/v1/admin/import?format=netflix&dry_run=true", body,
                        {{"Authorization", "Bearer " + admin_},
                         {"Content-Type", "multipart/form-data; boundary=" + boundary}})
        .status;
  });
}
