#pragma once
// The admin workspace's section row (Movies, Import, People, Interactions,
// Users, Dashboard, Cluster, Audit log), drawn at the top of each admin
// screen. Bridge items: admin.tab.movies, admin.tab.import,
// admin.tab.people, admin.tab.interactions, admin.tab.users,
// admin.tab.dashboard, admin.tab.cluster, admin.tab.audit.
#include "views/view.hpp"

namespace moviedb::client::views {

void draw_admin_tabs(const AppState& state, const ViewContext& ctx);

}  // namespace moviedb::client::views
