#include <boost/json/parse.hpp>

#include "integration/server_fixture.hpp"
#include "moviedb/version.hpp"

using namespace moviedb::test;

class StaticAndHealth : public ServerTest {
 protected:
  void SetUp() override { start(); }
};

TEST_F(StaticAndHealth, HealthzReportsTheVersion) {
  const auto response = get("/healthz");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Type"), "application/json");
  const auto body = boost::json::parse(response.body).as_object();
  EXPECT_EQ(body.at("status"), "ok");
  EXPECT_EQ(body.at("version").as_string(), moviedb::kVersion);
}

TEST_F(StaticAndHealth, ReadyzProbesTheStore) {
  const auto response = get("/readyz");
  EXPECT_EQ(response.status, 200);
  const auto body = boost::json::parse(response.body).as_object();
  EXPECT_EQ(body.at("status"), "ready");
  EXPECT_EQ(body.at("store").as_string(), adapter());
}

TEST_F(StaticAndHealth, PageIsServedWithAStrictPolicy) {
  const auto response = get("/");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(response.body, "<!doctype html><title>moviedb</title>");
  const auto csp = response.header("Content-Security-Policy").value_or("");
  EXPECT_NE(csp.find("script-src 'self' 'wasm-unsafe-eval'"), std::string::npos);
  EXPECT_EQ(csp.find("unsafe-inline"), std::string::npos);
  EXPECT_EQ(response.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(response.header("Cache-Control"), "no-cache");
}

TEST_F(StaticAndHealth, WasmHasItsContentType) {
  const auto response = get("/moviedb-client.wasm");
  EXPECT_EQ(response.status, 200);
  EXPECT_EQ(response.header("Content-Type"), "application/wasm");
  EXPECT_EQ(response.body.size(), 8u);
}

TEST_F(StaticAndHealth, ETagRevalidationAnswers304) {
  const auto first = get("/moviedb-client.js");
  const auto etag = first.header("ETag");
  ASSERT_TRUE(etag);
  const auto second = get("/moviedb-client.js", {{"If-None-Match", *etag}});
  EXPECT_EQ(second.status, 304);
  EXPECT_TRUE(second.body.empty());
}

TEST_F(StaticAndHealth, PrecompressedFileIsPreferredWhenAccepted) {
  write_file(web_root() / "moviedb-client.js.gz", "GZIPPED");
  const auto gzipped = get("/moviedb-client.js", {{"Accept-Encoding", "gzip, br"}});
  EXPECT_EQ(gzipped.header("Content-Encoding"), "gzip");
  EXPECT_EQ(gzipped.body, "GZIPPED");
  EXPECT_EQ(gzipped.header("Vary"), "Accept-Encoding");
  const auto plain = get("/moviedb-client.js");
  EXPECT_FALSE(plain.header("Content-Encoding"));
  EXPECT_EQ(plain.body, "console.log('client');");
}

TEST_F(StaticAndHealth, HeadSendsHeadersOnly) {
  HttpConnection connection(port());
  connection.send("HEAD /moviedb-client.wasm HTTP/1.1\r\nHost: x\r\n\r\nGET /healthz HTTP/1.1\r\n"
                  "Host: x\r\n\r\n");
  const auto head = connection.read_response(std::chrono::seconds(10), true);
  ASSERT_TRUE(head);
  EXPECT_EQ(head->header("Content-Length"), "8");
  // The next response must start right after HEAD's headers: no stray body.
  EXPECT_TRUE(head->body.empty()) << "HEAD carried a body";
  const auto next = connection.read_response();
  ASSERT_TRUE(next);
  EXPECT_EQ(next->status, 200);
}

TEST_F(StaticAndHealth, MissingFilesAndApiPathsAre404Envelopes) {
  for (const auto* target : {"/nope.js", "/api/v1/nope"}) {
    const auto response = get(target);
    EXPECT_EQ(response.status, 404) << target;
    const auto body = boost::json::parse(response.body).as_object();
    EXPECT_EQ(body.at("error").at("code"), "not_found");
    EXPECT_TRUE(body.at("error").at("details").is_array());
  }
}

TEST_F(StaticAndHealth, PathsNeverLeaveTheWebRoot) {
  for (const auto* target : {"/../secret.txt", "/%2e%2e/secret.txt", "/a/..%2f..%2fsecret.txt",
                             "/%2e%2e%5csecret.txt"}) {
    const auto response = get(target);
    EXPECT_EQ(response.status, 404) << target;
    EXPECT_EQ(response.body.find("outside the web root"), std::string::npos) << target;
  }
  EXPECT_EQ(get("/%zz").status, 400);
}

TEST_F(StaticAndHealth, WrongMethodsAreRefused) {
  // A method nobody knows is still a method: on a known path it gets 405 and
  // the methods that path allows (RFC 9110 §15.5.6), not 501.
  const auto brew = http_request(port(), "BREW", "/");
  EXPECT_EQ(brew.status, 405);
  EXPECT_EQ(brew.header("Allow"), "GET, HEAD");
  const auto brew_health = http_request(port(), "BREW", "/healthz");
  EXPECT_EQ(brew_health.status, 405);
  EXPECT_EQ(brew_health.header("Allow"), "GET");
  EXPECT_EQ(http_request(port(), "POST", "/index.html", "x").status, 405);
  const auto post_health = http_request(port(), "POST", "/healthz", "{}");
  EXPECT_EQ(post_health.status, 405);
  EXPECT_EQ(post_health.header("Allow"), "GET");
}

TEST_F(StaticAndHealth, MetricsCountRequestsByRouteAndStatus) {
  get("/healthz");
  get("/nope.js");
  const auto metrics = get("/metrics");
  EXPECT_EQ(metrics.status, 200);
  EXPECT_EQ(metrics.header("Content-Type"), "text/plain; version=0.0.4; charset=utf-8");
  const auto& text = metrics.body;
  EXPECT_NE(text.find("moviedb_http_requests_total{route=\"/healthz\",method=\"GET\",status=\"200\"} 1"),
            std::string::npos);
  EXPECT_NE(text.find("route=\"unmatched\",method=\"GET\",status=\"404\"} 1"), std::string::npos);
  EXPECT_NE(text.find("moviedb_http_request_duration_seconds_bucket{route=\"/healthz\",le=\"+Inf\"} 1"),
            std::string::npos);
  EXPECT_NE(text.find("moviedb_workers_total "), std::string::npos);
}
