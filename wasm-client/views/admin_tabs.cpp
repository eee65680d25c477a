#include "views/admin_tabs.hpp"

#include <imgui.h>

#include <array>

#include "views/widgets.hpp"

namespace moviedb::client::views {

void draw_admin_tabs(const AppState& state, const ViewContext& ctx) {
  struct Tab {
    Screen screen;
    const char* label;
  };
  static constexpr std::array<Tab, 8> kTabs{{
      {Screen::admin_movies, "Movies###admin.tab.movies"},
      {Screen::admin_import, "Import###admin.tab.import"},
      {Screen::admin_people, "People###admin.tab.people"},
      {Screen::admin_activity, "Interactions###admin.tab.interactions"},
      {Screen::admin_users, "Users###admin.tab.users"},
      {Screen::admin_dashboard, "Dashboard###admin.tab.dashboard"},
      {Screen::admin_cluster, "Cluster###admin.tab.cluster"},
      {Screen::admin_audit, "Audit log###admin.tab.audit"},
  }};
  for (std::size_t i = 0; i < kTabs.size(); ++i) {
    if (i > 0) ImGui::SameLine(0, 6.0f * ctx.px());
    const bool on = state.screen() == kTabs[i].screen;
    if (widgets::button(kTabs[i].label, ctx, on ? widgets::Tone::selected : widgets::Tone::secondary))
      ctx.actions.emplace_back(Navigate{kTabs[i].screen});
  }
  widgets::gap(ctx, 4);
}

}  // namespace moviedb::client::views
