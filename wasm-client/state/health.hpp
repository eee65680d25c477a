#pragma once
// The server health shown on the landing screen: GET /healthz's parsing and
// the state transitions around it. No UI, no I/O.
#include <optional>
#include <string>
#include <string_view>

#include "net/http_types.hpp"

namespace moviedb::client {

struct HealthInfo {
  std::string status;   // "ok"
  std::string version;  // the API's semantic version
};

// nullopt (with *error set when given) unless `body` is an object holding the
// string fields "status" and "version".
std::optional<HealthInfo> parse_health(std::string_view body, std::string* error = nullptr);

enum class HealthPhase { idle, checking, ok, failed };
std::string_view to_string(HealthPhase phase);

struct HealthState {
  HealthPhase phase = HealthPhase::idle;
  std::string version;  // last version seen; kept while a re-check runs
  std::string error;    // set in `failed`
  int attempts = 0;
};

// idle/ok/failed → checking. Returns false (no change) if a check is running.
bool begin_health_check(HealthState& state);

// checking → ok or failed, from the answer to GET /healthz.
void finish_health_check(HealthState& state, const net::HttpResponse& response);

}  // namespace moviedb::client
