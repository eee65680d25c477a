#pragma once
// Plain request/response values: routes never see Beast, so only the server's
// translation unit pays for its templates and handlers are testable as functions.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace moviedb::http {

using Header = std::pair<std::string, std::string>;

struct Request {
  std::string method;  // upper case, as sent
  std::string target;  // raw request target: path + query
  std::string path;    // percent-decoded path without the query
  std::string query;   // raw query string, without '?'
  std::vector<Header> headers;
  std::string body;
  std::string remote_address;

  // Case-insensitive lookup of the first header with this name.
  std::optional<std::string_view> header(std::string_view name) const;
};

struct Response {
  unsigned status = 200;
  std::string content_type;
  std::vector<Header> headers;
  std::string body;
  // Instead of `body`: one kept elsewhere (a kept answer) and sent as it is,
  // so thousands of answers a second do not each copy 68 KB.
  std::shared_ptr<const std::string> shared_body;
  // HEAD responses keep Content-Length of the body they would have sent.
  bool omit_body = false;
  // Header lines sent as they are after `headers`, each ending in CRLF: the
  // same block for every response (http/security_headers.hpp), written once
  // instead of as a handful of fields per answer.
  std::string_view fixed_fields;

  std::string_view payload() const { return shared_body ? *shared_body : body; }
  void set_header(std::string name, std::string value);
};

bool iequals(std::string_view a, std::string_view b);

}  // namespace moviedb::http
