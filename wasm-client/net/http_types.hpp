#pragma once
// Plain request/response values shared by every transport. No I/O here.
#include <string>
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
};

// status 0 means no HTTP answer arrived (network failure, timeout, abort);
// `error` then says why. Any other status carries the server's body as sent.
struct HttpResponse {
  int status = 0;
  std::string body;
  std::string error;

  bool ok() const { return status >= 200 && status < 300; }
};

}  // namespace moviedb::client::net
