#include "routes/route_support.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "domain/clock.hpp"
#include "domain/query_string.hpp"
#include "domain/text_length.hpp"
#include "http/errors.hpp"

namespace moviedb::routes {

namespace json = boost::json;
using http::ApiError;

std::optional<std::string> bearer_token(const http::Request& request) {
  const auto header = request.header("Authorization");
  if (!header) return std::nullopt;
  constexpr std::string_view kScheme = "Bearer ";
  if (header->size() <= kScheme.size() || !http::iequals(header->substr(0, 7), kScheme)) {
    throw ApiError(401, "invalid_token", "Authorization must be 'Bearer <token>'");
  }
  return std::string(header->substr(kScheme.size()));
}

std::optional<domain::User> caller(Services& services, const http::Request& request) {
  return services.auth.authenticate(bearer_token(request));
}

domain::User require(Services& services, const http::Request& request, domain::Role role) {
  auto user = caller(services, request);
  if (!user) throw ApiError(401, "unauthenticated", "sign in to do this");
  if (!domain::at_least(user->role, role)) {
    throw ApiError(403, "forbidden",
                   "this needs the " + std::string(domain::to_string(role)) + " role");
  }
  return *user;
}

json::object body_object(const http::Request& request) {
  boost::system::error_code ec;
  auto value = json::parse(request.body, ec);
  if (ec) throw ApiError(400, "invalid_json", "the body is not valid JSON: " + ec.message());
  if (!value.is_object()) throw ApiError(400, "invalid_json", "the body must be a JSON object");
  return std::move(value.get_object());
}

domain::QueryParams query_params(const http::Request& request) {
  auto params = domain::parse_query(request.query);
  if (!params)
    throw ApiError(400, "bad_request",
                   "the query string has a malformed escape, is not UTF-8 or holds a NUL (U+0000)");
  return std::move(*params);
}

std::optional<std::string> param(const domain::QueryParams& params, std::string_view key) {
  for (const auto& [k, v] : params) {
    if (k == key) return v;
  }
  return std::nullopt;
}

std::optional<std::string> text_param(const domain::QueryParams& params, std::string_view key,
                                      std::size_t max_characters) {
  auto value = param(params, key);
  if (value && domain::longer_than(*value, max_characters)) {
    throw domain::ValidationError(std::string(key), domain::at_most_characters(max_characters));
  }
  return value;
}

std::optional<std::int64_t> int_param(const domain::QueryParams& params, std::string_view key,
                                      std::int64_t min, std::int64_t max) {
  const auto text = param(params, key);
  if (!text) return std::nullopt;
  std::int64_t value = 0;
  auto [ptr, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc{} || ptr != text->data() + text->size() || value < min || value > max) {
    throw domain::ValidationError(
        std::string(key),
        "must be a whole number from " + std::to_string(min) + " to " + std::to_string(max));
  }
  return value;
}

std::optional<bool> bool_param(const domain::QueryParams& params, std::string_view key) {
  const auto text = param(params, key);
  if (!text) return std::nullopt;
  if (*text == "true" || *text == "1") return true;
  if (*text == "false" || *text == "0") return false;
  throw domain::ValidationError(std::string(key), "must be true or false");
}

void only_params(const domain::QueryParams& params, const std::vector<std::string_view>& allowed) {
  std::vector<domain::FieldError> errors;
  for (const auto& [key, value] : params) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      errors.push_back({key, "unknown query parameter"});
    }
  }
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
}

std::optional<std::string> string_member(const json::object& body, std::string_view key,
                                         std::vector<domain::FieldError>& errors) {
  const auto* value = body.if_contains(key);
  if (!value) return std::nullopt;
  if (!value->is_string()) {
    errors.push_back({std::string(key), "must be a string"});
    return std::nullopt;
  }
  return std::string(value->get_string());
}

void only_members(const json::object& body, const std::vector<std::string_view>& allowed) {
  std::vector<domain::FieldError> errors;
  for (const auto& [key, value] : body) {
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end()) {
      errors.push_back({key, "unknown field"});
    }
  }
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
}

void audit(Services& services, const domain::User& actor, std::string action,
           std::string collection, std::vector<std::string> ids, json::object summary) {
  services.store.append_audit({0, domain::now_iso(), actor.id, actor.username, std::move(action),
                               std::move(collection), std::move(ids), std::move(summary)});
}

http::Response no_content() {
  http::Response response;
  response.status = 204;
  return response;
}

}  // namespace moviedb::routes
