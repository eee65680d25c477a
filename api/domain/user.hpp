#pragma once
// An account as the API shows it (the password hash never leaves the store).
#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace moviedb::domain {

enum class Role { user, admin, superadmin };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);
// Ordering used for authorisation: user < admin < superadmin.
inline bool at_least(Role have, Role need) { return static_cast<int>(have) >= static_cast<int>(need); }

struct User {
  std::string id;
  std::string username;
  std::string display_name;
  Role role = Role::user;
  bool disabled = false;
  std::string created_at;
  std::string updated_at;
};

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const User& user);
User tag_invoke(const boost::json::value_to_tag<User>&, const boost::json::value& in);

}  // namespace moviedb::domain
