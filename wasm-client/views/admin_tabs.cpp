#include "views/admin_tabs.hpp"

#include <imgui.h>

#include <string>
#include <utility>

#include "views/widgets.hpp"

namespace moviedb::client::views {

void draw_admin_tabs(const AppState& state, const ViewContext& ctx) {
  bool first = true;
  for (const auto& info : all_screens()) {
    if (info.kind != ScreenKind::admin) continue;
    if (!std::exchange(first, false)) ImGui::SameLine(0, 6.0f * ctx.px());
    // "admin.cluster" → "admin.tab.cluster"
    const std::string label = std::string(info.label) + "###admin.tab." +
                              std::string(info.name.substr(info.name.find('.') + 1));
    const bool on = state.screen() == info.screen;
    if (widgets::button(label, ctx, on ? widgets::Tone::selected : widgets::Tone::secondary))
      ctx.actions.emplace_back(Navigate{info.screen});
  }
  widgets::gap(ctx, 4);
}

}  // namespace moviedb::client::views
