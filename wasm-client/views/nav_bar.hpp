#pragma once
// The bar across the top of every screen but sign-in: the name, the main
// sections, and the account (who is signed in and Sign out, or Sign in).
// Narrower than 700 CSS px (a phone) the sections and the account fold into
// a Menu, one 44 px button each.
//
// Bridge items: nav.browse, nav.catalog, nav.recommendations, nav.lists,
// nav.admin, nav.signin / nav.signout; on a phone nav.menu, and the others
// while the menu is open. Text: "user" (the signed-in username); "session"
// (anonymous | restoring | signed_in) is published on every screen.
#include "views/view.hpp"

namespace moviedb::client::views {

class NavBar final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
