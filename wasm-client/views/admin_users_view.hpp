#pragma once
// Admin: accounts. Search, create (username, password, role, display name),
// change role, disable/enable, reset password, delete with confirmation. The
// server decides what an admin may do (only a superadmin manages admins; the
// last superadmin is protected) and its refusal is shown as sent.
//
// Bridge items: users.search, users.new.username, users.new.password,
// users.new.display_name, users.new.role.<role>, users.create,
// users.role.<i>.<role>, users.disable.<i>, users.password.<i>,
// users.reset.<i>, users.delete.<i>, users.delete.confirm, users.delete.cancel.
// Texts: users.status, users.total, users.row.<i> ("username role [disabled]"),
// users.message, users.create_error, users.field.<name>.
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class AdminUsersView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  std::string q_;
  std::string username_;
  std::string password_;
  std::string display_name_;
  std::string role_ = "user";
  std::string reset_password_;
  std::uint64_t created_seen_ = 0;
};

}  // namespace moviedb::client::views
