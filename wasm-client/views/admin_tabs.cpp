#include "views/admin_tabs.hpp"

#include <imgui.h>

#include <string>
#include <utility>

#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

// "admin.cluster" → "Cluster###admin.tab.cluster"
std::string tab_label(const ScreenInfo& info) {
  return std::string(info.label) + "###admin.tab." +
         std::string(info.name.substr(info.name.find('.') + 1));
}

// A phone: one menu naming the section, instead of three rows of tabs.
void section_menu(const AppState& state, const ViewContext& ctx) {
  const ScreenInfo& here = screen_info(state.screen());
  const std::string preview = "Section: " + std::string(here.label);
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("###admin.section", preview.c_str())) {
    for (const auto& info : all_screens()) {
      if (info.kind != ScreenKind::admin) continue;
      const std::string label = tab_label(info);
      if (ImGui::Selectable(label.c_str(), info.screen == here.screen))
        ctx.actions.emplace_back(Navigate{info.screen});
      ctx.track(label);
    }
    ImGui::EndCombo();
  }
  ctx.track(preview + "###admin.section");
}

}  // namespace

void draw_admin_tabs(const AppState& state, const ViewContext& ctx) {
  if (ctx.compact()) {
    section_menu(state, ctx);
    widgets::gap(ctx, 4);
    return;
  }
  bool first = true;
  for (const auto& info : all_screens()) {
    if (info.kind != ScreenKind::admin) continue;
    const std::string label = tab_label(info);
    if (!std::exchange(first, false)) widgets::flow(widgets::button_width(label), 6.0f * ctx.px());
    const bool on = state.screen() == info.screen;
    if (widgets::button(label, ctx, on ? widgets::Tone::selected : widgets::Tone::secondary))
      ctx.actions.emplace_back(Navigate{info.screen});
  }
  widgets::gap(ctx, 4);
}

}  // namespace moviedb::client::views
