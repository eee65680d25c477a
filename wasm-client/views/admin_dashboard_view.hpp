#pragma once
// Admin: the dashboard. Totals; reactions per genre as grouped bars and
// activity over the last 30 days as lines, drawn with ImGui draw lists (axes,
// labels, hover values); top liked and top viewed. Refresh reloads.
//
// Bridge items: dashboard.refresh, dashboard.genres (bar chart area),
// dashboard.activity (line chart area). Texts: dashboard.status,
// dashboard.<total> (movies, shows, people, users, interactions, likes,
// dislikes, watched, views), dashboard.top_liked.<i>, dashboard.top_viewed.<i>,
// dashboard.hover (the value under the mouse).
#include "views/view.hpp"

namespace moviedb::client::views {

class AdminDashboardView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
