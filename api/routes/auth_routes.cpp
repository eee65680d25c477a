#include "routes/auth_routes.hpp"

#include <boost/json.hpp>

#include "domain/api_paths.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

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

http::Response register_user(Services& s, const Call& call) {
  const auto c = read_credentials(call.request, true);
  return session_response(201, s.auth.register_user(c.username, c.password, c.display_name,
                                                    call.request.remote_address));
}

http::Response login(Services& s, const Call& call) {
  const auto c = read_credentials(call.request, false);
  return session_response(200, s.auth.login(c.username, c.password, call.request.remote_address));
}

http::Response logout(Services& s, const Call& call) {
  s.auth.logout(*bearer_token(call.request));
  return no_content();
}

http::Response me(Services&, const Call& call) {
  return http::json_response(200, json::value_from(call.user()));
}

const RouteSpec kRoutes[] = {
    {.method = "POST",
     .path = paths::kRegister,
     .access = Access::anyone,
     .runs = Runs::on_password_worker,
     .handle = register_user,
     .doc = {.id = "register",
             .tag = "auth",
             .summary = "Create a user account",
             .description = "Creates an account with role `user` and signs it in. Rate limited "
                            "per client address (`--register-rate-address`): 429 with "
                            "`Retry-After`.",
             .details = R"json({
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuthRequest"}, "example": {"username": "ada_l", "password": "correct horse battery", "display_name": "Ada Lovelace"}}}},
  "responses": {
    "201": {"description": "Created and signed in.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuthResponse"}}}},
    "409": {"$ref": "#/components/responses/Conflict"},
    "429": {"$ref": "#/components/responses/TooManyRequests"}
  }
})json"}},
    {.method = "POST",
     .path = paths::kLogin,
     .access = Access::anyone,
     .runs = Runs::on_password_worker,
     .handle = login,
     .doc = {.id = "login",
             .tag = "auth",
             .summary = "Sign in",
             .description =
                 "Exchanges a username (any case) and password for a bearer token. Rate limited "
                 "per username and per client address: 429 with `Retry-After`. Wrong username and "
                 "wrong password give the same 401 (`invalid_credentials`) in the same time "
                 "(unknown names are checked against a dummy hash); a disabled account gets 403 "
                 "(`account_disabled`) whatever the password.",
             .details = R"json({
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/LoginRequest"}, "example": {"username": "ada_l", "password": "correct horse battery"}}}},
  "responses": {
    "200": {"description": "Signed in.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuthResponse"}}}},
    "401": {"$ref": "#/components/responses/Unauthorized"},
    "403": {"$ref": "#/components/responses/Forbidden"},
    "429": {"$ref": "#/components/responses/TooManyRequests"}
  }
})json"}},
    {.method = "POST",
     .path = paths::kLogout,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = logout,
     .doc = {.id = "logout",
             .tag = "auth",
             .summary = "Sign out",
             .description = "Revokes the token this request carries; other sessions of the "
                            "account stay valid.",
             .details = R"json({
  "responses": {
    "204": {"description": "Signed out; the token no longer works."}
  }
})json"}},
    {.method = "GET",
     .path = paths::kMe,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = me,
     .doc = {.id = "getMe", .tag = "auth", .summary = "The caller's account", .details = R"json({
  "responses": {
    "200": {"description": "The account.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> auth_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
