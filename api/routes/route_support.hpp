#pragma once
// What every route file needs: the services, the caller, parsed input, audit.
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "auth/auth_service.hpp"
#include "domain/movie_query.hpp"
#include "domain/user.hpp"
#include "http/message.hpp"
#include "http/metrics.hpp"
#include "http/response_cache.hpp"
#include "http/router.hpp"
#include "store/store.hpp"

namespace moviedb::routes {

struct Services {
  store::Store& store;
  auth::AuthService& auth;
  const http::Metrics& metrics;
  http::ResponseCache& responses;
};

// The bearer token of the request; 401 when the header is there but malformed.
std::optional<std::string> bearer_token(const http::Request& request);
std::optional<domain::User> caller(Services& services, const http::Request& request);
// 401 without a valid session, 403 below `role`.
domain::User require(Services& services, const http::Request& request, domain::Role role);

// 400 unless the body is one JSON object.
boost::json::object body_object(const http::Request& request);
// 400 on a malformed query string.
domain::QueryParams query_params(const http::Request& request);
std::optional<std::string> param(const domain::QueryParams& params, std::string_view key);
// Optional text parameter of at most `max_characters`; 400 otherwise.
std::optional<std::string> text_param(const domain::QueryParams& params, std::string_view key,
                                      std::size_t max_characters);
// Optional whole-number parameter within [min, max]; 400 otherwise.
std::optional<std::int64_t> int_param(const domain::QueryParams& params, std::string_view key,
                                      std::int64_t min, std::int64_t max);
std::optional<bool> bool_param(const domain::QueryParams& params, std::string_view key);
// 400 naming every parameter not in `allowed`.
void only_params(const domain::QueryParams& params, const std::vector<std::string_view>& allowed);

// Reads an optional string member: absent → nullopt, wrong type → field error.
std::optional<std::string> string_member(const boost::json::object& body, std::string_view key,
                                         std::vector<domain::FieldError>& errors);
// 400 naming members not in `allowed`.
void only_members(const boost::json::object& body, const std::vector<std::string_view>& allowed);

void audit(Services& services, const domain::User& actor, std::string action,
           std::string collection, std::vector<std::string> ids, boost::json::object summary = {});

http::Response no_content();

}  // namespace moviedb::routes
