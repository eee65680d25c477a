#include "views/toasts_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"

namespace moviedb::client::views {

void ToastsView::draw(const AppState& state, const ViewContext& ctx) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float margin = 16.0f * ctx.px();
  const float width = std::min(380.0f * ctx.px(), viewport->WorkSize.x - 2 * margin);
  float bottom = viewport->WorkPos.y + viewport->WorkSize.y - margin;
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_AlwaysAutoResize |
                                      ImGuiWindowFlags_NoFocusOnAppearing | ImGuiWindowFlags_NoNav;

  // Newest at the bottom, older ones stacked above.
  for (auto it = state.toasts.items.rbegin(); it != state.toasts.items.rend(); ++it) {
    const Toast& toast = *it;
    const std::string id = "##toast" + std::to_string(toast.id);
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x - margin, bottom),
                            ImGuiCond_Always, ImVec2(1.0f, 1.0f));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14.0f * ctx.px(), 10.0f * ctx.px()));
    if (ImGui::Begin(id.c_str(), nullptr, kFlags)) {
      ImGui::PushStyleColor(ImGuiCol_Text, toast.kind == ToastKind::error ? ui::kBad : ui::kGood);
      ImGui::TextWrapped("%s", toast.text.c_str());
      ImGui::PopStyleColor();
      const std::string dismiss = "Dismiss###toast.dismiss" + id;
      if (ImGui::SmallButton(dismiss.c_str())) ctx.actions.emplace_back(DismissToast{toast.id});
      ctx.track("Dismiss###toast.dismiss");
      bottom = ImGui::GetWindowPos().y - 8.0f * ctx.px();
    }
    ImGui::End();
    ImGui::PopStyleVar();
  }
}

}  // namespace moviedb::client::views
