#pragma once
// Sign in / create an account (the landing screen). Username and password,
// show/hide password, Enter submits, the server's reasons shown as sent
// (wrong password, taken username, rate limited with a countdown), browsing
// without an account, and the server's status underneath.
//
// Bridge items: login.username, login.password, login.display_name,
// login.show_password, login.submit, login.mode, login.anonymous (or
// login.back), Retry (server check). Texts: login.mode (sign_in |
// create_account), login.error, login.field.<name>, login.wait (seconds),
// login.prompt, server.status / server.version / server.error.
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class LoginView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  std::string username_;
  std::string password_;
  std::string display_name_;
  bool show_password_ = false;
  std::uint64_t completed_seen_ = 0;
  int last_frame_ = -10;
};

}  // namespace moviedb::client::views
