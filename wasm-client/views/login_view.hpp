#pragma once
// The landing screen ("login"): title, tagline and the server's status.
// Sign-in and registration join it with the auth issue.
#include "views/view.hpp"

namespace moviedb::client::views {

class LoginView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
