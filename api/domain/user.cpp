#include "domain/user.hpp"

#include <boost/json.hpp>

#include "domain/json_read.hpp"

namespace moviedb::domain {

namespace json = boost::json;

std::string_view to_string(Role role) {
  switch (role) {
    case Role::user:
      return "user";
    case Role::admin:
      return "admin";
    case Role::superadmin:
      return "superadmin";
  }
  return "user";
}

std::optional<Role> parse_role(std::string_view text) {
  for (auto role : {Role::user, Role::admin, Role::superadmin}) {
    if (to_string(role) == text) return role;
  }
  return std::nullopt;
}

void tag_invoke(const json::value_from_tag&, json::value& out, const User& u) {
  out = json::object{{"id", u.id},
                     {"username", u.username},
                     {"display_name", u.display_name},
                     {"role", to_string(u.role)},
                     {"disabled", u.disabled},
                     {"created_at", u.created_at},
                     {"updated_at", u.updated_at}};
}

User tag_invoke(const json::value_to_tag<User>&, const json::value& in) {
  const auto& o = in.as_object();
  return {read_string(o, "id"),
          read_string(o, "username"),
          read_string(o, "display_name"),
          parse_role(read_string(o, "role")).value_or(Role::user),
          read_bool(o, "disabled"),
          read_string(o, "created_at"),
          read_string(o, "updated_at")};
}

}  // namespace moviedb::domain
