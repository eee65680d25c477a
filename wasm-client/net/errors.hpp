#pragma once
// Turns a failed response into what a user can act on. The server's own words
// (the error envelope's message and field details) are shown as sent; the
// client only words the cases where no server answered.
#include <optional>
#include <string>
#include <vector>

#include "domain/field_error.hpp"
#include "net/http_types.hpp"

namespace moviedb::client::net {

struct ApiError {
  int status = 0;       // 0: no HTTP answer
  std::string code;     // the envelope's code ("rate_limited", …) or "network"
  std::string message;  // one line to show
  std::vector<domain::FieldError> details;  // per-field problems, when the server named them
  std::optional<int> retry_after_seconds;   // from Retry-After (seconds form) on 429/503

  // The message the server gave for `field`, or "" (first one wins).
  std::string detail_for(std::string_view field) const;
};

// {"error": {"code", "message", "details": [{"field", "message"}]}}; a body
// that is not the envelope yields message "HTTP <status>", no answer yields
// "Cannot reach the server (<why>)".
ApiError parse_api_error(const HttpResponse& response);

// Why a fetch gave no data, in words a user can act on: the server's
// message when it refused, else `decode_error` (its answer did not read).
std::string failure_text(const HttpResponse& response, const std::string& decode_error);

// One line for logs and the landing screen: status 0 → "Cannot reach the
// server (…)"; otherwise "HTTP <status>" plus ": <envelope message>" if any.
std::string describe_failure(const HttpResponse& response);

// Retry-After in its seconds form ("120"); nullopt for a date or garbage.
std::optional<int> parse_retry_after(std::string_view value);

}  // namespace moviedb::client::net
