#pragma once
// The admin workspace's section row, one tab per admin screen of
// state/screens.def in its order (Movies, Import, People, Interactions, Users,
// Dashboard, Cluster, Placement, Audit log), drawn at the top of each admin
// screen. Bridge items: admin.tab.<name after "admin.">, e.g.
// admin.tab.movies, admin.tab.interactions, admin.tab.placement. On a phone
// the tabs fold into one menu (admin.section) whose entries are the same
// admin.tab.<name> items.
#include "views/view.hpp"

namespace moviedb::client::views {

void draw_admin_tabs(const AppState& state, const ViewContext& ctx);

}  // namespace moviedb::client::views
