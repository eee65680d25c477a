#include "state/health.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include "net/errors.hpp"

namespace moviedb::client {

namespace {

const boost::json::string* string_field(const boost::json::object& object, std::string_view key) {
  const auto* field = object.if_contains(key);
  return field ? field->if_string() : nullptr;
}

std::optional<HealthInfo> fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return std::nullopt;
}

}  // namespace

std::optional<HealthInfo> parse_health(std::string_view body, std::string* error) {
  boost::system::error_code ec;
  const auto value = boost::json::parse(body, ec);
  if (ec) return fail(error, "health response is not JSON: " + ec.message());
  const auto* object = value.if_object();
  if (!object) return fail(error, "health response is not a JSON object");
  const auto* status = string_field(*object, "status");
  const auto* version = string_field(*object, "version");
  if (!status || !version) return fail(error, "health response lacks \"status\" or \"version\"");
  if (version->empty()) return fail(error, "health response has an empty version");
  return HealthInfo{std::string(*status), std::string(*version)};
}

std::string_view to_string(HealthPhase phase) {
  switch (phase) {
    case HealthPhase::idle:
      return "idle";
    case HealthPhase::checking:
      return "checking";
    case HealthPhase::ok:
      return "ok";
    case HealthPhase::failed:
      return "failed";
  }
  return "unknown";
}

bool begin_health_check(HealthState& state) {
  if (state.phase == HealthPhase::checking) return false;
  state.phase = HealthPhase::checking;
  state.error.clear();
  ++state.attempts;
  return true;
}

void finish_health_check(HealthState& state, const net::HttpResponse& response) {
  if (!response.ok()) {
    state.phase = HealthPhase::failed;
    state.error = net::describe_failure(response);
    return;
  }
  std::string error;
  auto info = parse_health(response.body, &error);
  if (!info) {
    state.phase = HealthPhase::failed;
    state.error = std::move(error);
    return;
  }
  if (info->status != "ok") {
    state.phase = HealthPhase::failed;
    state.error = "server reports status \"" + info->status + "\"";
    return;
  }
  state.phase = HealthPhase::ok;
  state.version = std::move(info->version);
}

}  // namespace moviedb::client
