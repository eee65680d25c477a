#include "routes/admin_user_routes.hpp"

#include <boost/json.hpp>

#include "auth/password.hpp"
#include "domain/api_paths.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

namespace json = boost::json;
using domain::Role;
using domain::User;
using http::ApiError;
using http::Runs;

namespace {

User existing_user(Services& s, const std::string& id) {
  auto record = s.store.find_user(id);
  if (!record) throw ApiError(404, "not_found", "no user with id '" + id + "'");
  return record->user;
}

Role role_member(const json::object& body, std::vector<domain::FieldError>& errors) {
  const auto text = string_member(body, "role", errors);
  const auto role = text ? domain::parse_role(*text) : std::optional<Role>();
  if (text && !role) errors.push_back({"role", "must be user, admin or superadmin"});
  return role.value_or(Role::user);
}

// Admins may touch only plain users, and grant nothing above `user`.
void check_authority(const User& actor, std::optional<Role> target_role, Role granted) {
  if (actor.role == Role::superadmin) return;
  if ((target_role && *target_role != Role::user) || granted != Role::user) {
    throw ApiError(403, "forbidden", "only a superadmin manages admin and superadmin accounts");
  }
}

// The store keeps at least one enabled superadmin (checked and written in one
// step); this names the refusal for the client.
template <class Change>
auto keeping_a_superadmin(Change change) {
  try {
    return change();
  } catch (const store::LastSuperadmin&) {
    throw ApiError(409, "last_superadmin",
                   "this is the last superadmin: promote another account first");
  }
}

http::Response create_user(Services& s, const Call& call) {
  const auto& actor = call.user();
  const auto body = body_object(call.request);
  only_members(body, {"username", "password", "role", "display_name"});
  std::vector<domain::FieldError> errors;
  const auto username = string_member(body, "username", errors).value_or("");
  const auto password = string_member(body, "password", errors).value_or("");
  const auto display_name = string_member(body, "display_name", errors).value_or("");
  const auto role = role_member(body, errors);
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
  check_authority(actor, std::nullopt, role);
  const auto user = s.auth.create_user(username, password, role, display_name);
  audit(s, actor, "create", "users", {user.id},
        {{"username", user.username}, {"role", domain::to_string(role)}});
  return http::json_response(201, json::value_from(user));
}

http::Response patch_user(Services& s, const Call& call) {
  const auto& actor = call.user();
  const auto& id = call.param("id");
  const auto target = existing_user(s, id);
  const auto body = body_object(call.request);
  only_members(body, {"display_name", "role", "disabled", "password"});
  std::vector<domain::FieldError> errors;
  store::UserPatch patch;
  patch.display_name = string_member(body, "display_name", errors);
  if (body.contains("role")) patch.role = role_member(body, errors);
  if (const auto* disabled = body.if_contains("disabled")) {
    if (disabled->is_bool()) {
      patch.disabled = disabled->get_bool();
    } else {
      errors.push_back({"disabled", "must be true or false"});
    }
  }
  if (auto password = string_member(body, "password", errors)) {
    auth::check_password(*password, errors);
    if (errors.empty()) patch.password_hash = auth::hash_password(*password);
  }
  if (patch.display_name) auth::check_display_name(*patch.display_name, errors);
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
  check_authority(actor, target.role, patch.role.value_or(Role::user));
  const auto updated = keeping_a_superadmin([&] { return s.store.update_user(id, patch); });
  if (!updated) throw ApiError(404, "not_found", "no user with id '" + id + "'");
  // A disabled account or a reset password must not keep old sessions alive.
  if (patch.disabled.value_or(false) || patch.password_hash) s.store.delete_sessions_of(id);
  json::array fields;
  for (const auto& [key, value] : body) fields.emplace_back(key);
  audit(s, actor, "update", "users", {id}, {{"fields", std::move(fields)}});
  return http::json_response(200, json::value_from(*updated));
}

http::Response list_users(Services& s, const Call& call) {
  const auto params = query_params(call.request);
  only_params(params, {"q", "role", "page", "page_size"});
  store::UserQuery q;
  q.q = text_param(params, "q", 200).value_or("");
  if (auto role = param(params, "role")) {
    q.role = domain::parse_role(*role);
    if (!q.role) throw domain::ValidationError("role", "must be user, admin or superadmin");
  }
  q.page = int_param(params, "page", 1, 1'000'000).value_or(1);
  q.page_size = int_param(params, "page_size", 1, domain::kMaxPageSize).value_or(20);
  return http::json_response(200, domain::page_json(s.store.list_users(q)));
}

http::Response get_user(Services& s, const Call& call) {
  return http::json_response(200, json::value_from(existing_user(s, call.param("id"))));
}

http::Response delete_user(Services& s, const Call& call) {
  const auto target = existing_user(s, call.param("id"));
  check_authority(call.user(), target.role, Role::user);
  keeping_a_superadmin([&] { return s.store.delete_user(target.id); });
  audit(s, call.user(), "delete", "users", {target.id}, {{"username", target.username}});
  return no_content();
}

const RouteSpec kRoutes[] = {
    {.method = "GET",
     .path = paths::kAdminUsers,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = list_users,
     .doc = {.id = "listUsers", .tag = "admin", .summary = "List accounts", .details = R"json({
  "parameters": [
    {"name": "q", "in": "query", "description": "Username or display name prefix (case-insensitive).", "schema": {"type": "string", "maxLength": 200}},
    {"name": "role", "in": "query", "description": "Only accounts with this role.", "schema": {"$ref": "#/components/schemas/Role"}},
    {"$ref": "#/components/parameters/Page"},
    {"$ref": "#/components/parameters/PageSize"}
  ],
  "responses": {
    "200": {"description": "A page of accounts.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserPage"}}}}
  }
})json"}},
    {.method = "POST",
     .path = paths::kAdminUsers,
     .access = Access::admin,
     .runs = Runs::on_password_worker,
     .handle = create_user,
     .doc = {.id = "createUser",
             .tag = "admin",
             .summary = "Create an account",
             .access_note = "roles above `user` only by a superadmin",
             .description = "An admin asking for more gets 403. Audited.",
             .details = R"json({
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AdminUserCreate"}, "example": {"username": "grace", "password": "a long passphrase", "role": "admin", "display_name": "Grace Hopper"}}}},
  "responses": {
    "201": {"description": "Created.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
    "409": {"$ref": "#/components/responses/Conflict"}
  }
})json"}},
    {.method = "GET",
     .path = paths::kAdminUser,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = get_user,
     .doc = {.id = "getUser", .tag = "admin", .summary = "An account", .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/UserId"}
  ],
  "responses": {
    "200": {"description": "The account.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}}
  }
})json"}},
    {.method = "PATCH",
     .path = paths::kAdminUser,
     .access = Access::admin,
     .runs = Runs::on_password_worker,
     .handle = patch_user,
     .doc = {.id = "updateUser",
             .tag = "admin",
             .summary = "Edit an account",
             .access_note = "roles above `user` only by a superadmin",
             .description =
                 "Changing a role to or from `admin`/`superadmin`, or changing an "
                 "`admin`/`superadmin` account, needs a superadmin (403 otherwise). The last "
                 "active superadmin cannot be demoted or disabled (409). Audited (the password "
                 "never appears in the log).",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/UserId"}
  ],
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AdminUserPatch"}, "example": {"disabled": true}}}},
  "responses": {
    "200": {"description": "The edited account.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
    "409": {"$ref": "#/components/responses/Conflict"}
  }
})json"}},
    {.method = "DELETE",
     .path = paths::kAdminUser,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = delete_user,
     .doc = {.id = "deleteUser",
             .tag = "admin",
             .summary = "Delete an account",
             .access_note = "`admin`/`superadmin` accounts only by a superadmin",
             .description = "An admin deleting one gets 403. Deletes the account with its "
                            "sessions and interactions. The last active superadmin cannot be "
                            "deleted (409). Audited.",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/UserId"}
  ],
  "responses": {
    "204": {"description": "Deleted."},
    "409": {"$ref": "#/components/responses/Conflict"}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> admin_user_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
