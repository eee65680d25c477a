#include "views/title_location.hpp"

#include <imgui.h>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

void locate_button(const std::string& id, const std::string& n, const ViewContext& ctx) {
  const std::string label = n.empty() ? "Where is this title?###locate" : "Where?###locate." + n;
  if (widgets::button(label, ctx, widgets::Tone::secondary)) {
    ctx.actions.emplace_back(locate_title(id));
  }
}

void title_location(const AppState& state, const std::string& id, const ViewContext& ctx) {
  const auto& locate = state.admin.placement.locate;
  if (locate.id.empty() || locate.id != id) return;
  ctx.text("locate.id", locate.id);
  ctx.text("locate.status", to_string(locate.load.phase));
  if (locate.load.loading()) {
    widgets::spinner(ctx);
    ImGui::SameLine();
    widgets::muted("Asking the cluster where " + id + " lives…");
    return;
  }
  if (locate.load.phase == LoadPhase::failed) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
    ImGui::TextWrapped("Could not place %s: %s", id.c_str(), locate.load.error.c_str());
    ImGui::PopStyleColor();
    ctx.text("locate.text", locate.load.error);
  } else {
    const auto text = ui::location_text(locate.where);
    ImGui::TextWrapped("%s lives %s", id.c_str(), text.c_str());
    ctx.text("locate.text", text);
  }
  ImGui::SameLine();
  if (widgets::button("Close###locate.close", ctx, widgets::Tone::secondary)) {
    ctx.actions.emplace_back(locate_title(""));
  }
}

}  // namespace moviedb::client::views
