// The bytes before a response's body: status line, fields, framing.
#include "http/response_head.hpp"

#include <gtest/gtest.h>

#include "http/security_headers.hpp"

using moviedb::http::Response;
using moviedb::http::response_body;
using moviedb::http::response_head;

namespace {

Response json_page(std::string body) {
  Response response;
  response.content_type = "application/json";
  response.body = std::move(body);
  response.set_header("ETag", "\"ab\"");
  return response;
}

bool has(const std::string& head, const std::string& line) {
  return head.find("\r\n" + line + "\r\n") != std::string::npos;
}

}  // namespace

TEST(ResponseHead, StatusFieldsAndLengthEndWithABlankLine) {
  const auto head = response_head(json_page("{\"a\":1}"), 11, true);
  EXPECT_EQ(head.rfind("HTTP/1.1 200 OK\r\nServer: moviedb/", 0), 0u);
  EXPECT_TRUE(has(head, "Content-Type: application/json"));
  EXPECT_TRUE(has(head, "ETag: \"ab\""));
  EXPECT_TRUE(has(head, "Content-Length: 7"));
  EXPECT_EQ(head.find("Connection:"), std::string::npos);  // HTTP/1.1 stays open by default
  EXPECT_EQ(head.substr(head.size() - 4), "\r\n\r\n");
  EXPECT_EQ(head.find("\r\n\r\n"), head.size() - 4);
}

TEST(ResponseHead, ConnectionFieldFollowsTheVersion) {
  EXPECT_TRUE(has(response_head(json_page("x"), 11, false), "Connection: close"));
  EXPECT_TRUE(has(response_head(json_page("x"), 10, true), "Connection: keep-alive"));
  const auto closing = response_head(json_page("x"), 10, false);
  EXPECT_EQ(closing.rfind("HTTP/1.0 200 OK\r\n", 0), 0u);
  EXPECT_EQ(closing.find("Connection:"), std::string::npos);
}

TEST(ResponseHead, HeadKeepsTheLengthAndNoContentOrNotModifiedSendNone) {
  auto head_only = json_page("12345");
  head_only.omit_body = true;
  EXPECT_TRUE(has(response_head(head_only, 11, true), "Content-Length: 5"));
  EXPECT_TRUE(response_body(head_only).empty());
  Response none;
  none.status = 204;
  EXPECT_EQ(response_head(none, 11, true).find("Content-Length"), std::string::npos);
  auto unchanged = json_page("{}");
  unchanged.status = 304;
  const auto head = response_head(unchanged, 11, true);
  EXPECT_EQ(head.rfind("HTTP/1.1 304 Not Modified\r\n", 0), 0u);
  EXPECT_EQ(head.find("Content-Length"), std::string::npos);
  EXPECT_TRUE(response_body(unchanged).empty());
  EXPECT_EQ(response_body(json_page("12345")), "12345");
}

TEST(ResponseHead, ALineBreakInAValueNeverStartsAField) {
  Response response;
  response.status = 201;
  response.set_header("Location", "/api/v1/movies/a\r\nSet-Cookie: x=1");
  const auto head = response_head(response, 11, true);
  EXPECT_TRUE(has(head, "Location: /api/v1/movies/a  Set-Cookie: x=1"));
  EXPECT_EQ(head.find("\r\nSet-Cookie"), std::string::npos);
  EXPECT_EQ(head.rfind("HTTP/1.1 201 Created\r\n", 0), 0u);
}

TEST(ResponseHead, SecurityFieldsAreWholeLinesBeforeTheFraming) {
  auto response = json_page("{}");
  moviedb::http::add_security_headers(response);
  const auto head = response_head(response, 11, true);
  EXPECT_TRUE(has(head, "X-Content-Type-Options: nosniff"));
  EXPECT_TRUE(has(head, "X-Frame-Options: DENY"));
  EXPECT_NE(head.find("\r\nContent-Security-Policy: default-src 'self'; "), std::string::npos);
  EXPECT_LT(head.find("Cross-Origin-Resource-Policy: same-origin\r\n"),
            head.find("Content-Length"));
  EXPECT_EQ(head.find("\r\n\r\n"), head.size() - 4);
}
