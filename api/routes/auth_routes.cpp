#include "routes/auth_routes.hpp"

#include <boost/json.hpp>

#include "http/errors.hpp"
#include "http/json_response.hpp"

namespace moviedb::routes {

namespace json = boost::json;
using http::Runs;

namespace {

struct Credentials {
  std::string username;
  std::string password;
  std::string display_name;
};

Credentials read_credentials(const http::Request& request, bool with_display_name) {
  const auto body = body_object(request);
  if (with_display_name) {
    only_members(body, {"username", "password", "display_name"});
  } else {
    only_members(body, {"username", "password"});
  }
  std::vector<domain::FieldError> errors;
  auto username = string_member(body, "username", errors);
  auto password = string_member(body, "password", errors);
  auto display_name = string_member(body, "display_name", errors);
  if (!username && errors.empty()) errors.push_back({"username", "is required"});
  if (!password && errors.size() < 2) errors.push_back({"password", "is required"});
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
  return {*username, *password, display_name.value_or("")};
}

http::Response session_response(unsigned status, const auth::Session& session) {
  return http::json_response(status,
                             {{"token", session.token}, {"user", json::value_from(session.user)}});
}

}  // namespace

void add_auth_routes(http::Router& router, Services& s) {
  const std::string api(kApi);
  router.add("POST", api + "/auth/register", Runs::on_password_worker, [&s](const auto& request, auto&) {
    const auto c = read_credentials(request, true);
    return session_response(
        201, s.auth.register_user(c.username, c.password, c.display_name, request.remote_address));
  });
  router.add("POST", api + "/auth/login", Runs::on_password_worker, [&s](const auto& request, auto&) {
    const auto c = read_credentials(request, false);
    return session_response(200, s.auth.login(c.username, c.password, request.remote_address));
  });
  router.add("POST", api + "/auth/logout", Runs::on_worker, [&s](const auto& request, auto&) {
    require(s, request, domain::Role::user);
    s.auth.logout(*bearer_token(request));
    return no_content();
  });
  router.add("GET", api + "/me", Runs::on_worker, [&s](const auto& request, auto&) {
    return http::json_response(200, json::value_from(require(s, request, domain::Role::user)));
  });
}

}  // namespace moviedb::routes
