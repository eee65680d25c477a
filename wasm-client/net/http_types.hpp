#pragma once
// Plain request/response values shared by every transport. No I/O here.
#include <string>
#include <string_view>
#include <vector>

namespace moviedb::client::net {

struct Header {
  std::string name;
  std::string value;
};

struct HttpRequest {
  std::string method = "GET";
  std::string url;  // same-origin path such as "/healthz" or "/api/v1/movies?q=alien"
  std::vector<Header> headers;
  std::string body;
  unsigned timeout_ms = 15000;  // every request has a deadline
  bool with_token = true;       // false: never send the session's bearer token
};

// status 0 means no HTTP answer arrived (network failure, timeout, abort);
// `error` then says why. Any other status carries the server's body as sent.
struct HttpResponse {
  int status = 0;
  std::string body;
  std::string error;
  std::vector<Header> headers;  // response headers as received (names in any case)

  bool ok() const { return status >= 200 && status < 300; }
  // The first header called `name` (case-insensitive), or "" when absent.
  std::string_view header(std::string_view name) const;
};

// "Name: value" lines (CRLF or LF) → headers with surrounding spaces trimmed;
// lines without a colon are skipped.
std::vector<Header> parse_header_block(std::string_view text);

}  // namespace moviedb::client::net
