#include "views/login_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"

namespace moviedb::client::views {

namespace {

void server_status(const HealthState& health, const ViewContext& ctx) {
  ctx.text("server.status", to_string(health.phase));
  switch (health.phase) {
    case HealthPhase::idle:
    case HealthPhase::checking:
      ImGui::TextColored(ui::kMuted, "Connecting to the server…");
      break;
    case HealthPhase::ok: {
      const std::string line = "Server version: " + health.version;
      ImGui::TextColored(ui::kGood, "●");
      ImGui::SameLine();
      ImGui::TextUnformatted(line.c_str());
      ctx.text("server.version", health.version);
      break;
    }
    case HealthPhase::failed:
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
      ImGui::TextWrapped("%s", health.error.c_str());
      ImGui::PopStyleColor();
      ctx.text("server.error", health.error);
      if (ImGui::Button("Retry")) ctx.actions.emplace_back(RetryHealthCheck{});
      ctx.track("Retry");
      break;
  }
}

}  // namespace

void LoginView::draw(const AppState& state, const ViewContext& ctx) {
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(520.0f * ctx.px(), viewport->WorkSize.x - 32.0f * ctx.px());
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_AlwaysAutoResize;
  if (ImGui::Begin("moviedb##landing", nullptr, kFlags)) {
    ImGui::PushFont(ctx.fonts.title());
    ImGui::TextColored(ui::kAccent, "moviedb");
    ImGui::PopFont();
    ctx.text("title", "moviedb");
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kMuted);
    ImGui::TextWrapped("Search and explore films, like them, mark what you have watched.");
    ImGui::PopStyleColor();
    ImGui::Spacing();
    ImGui::Separator();
    ImGui::Spacing();
    server_status(state.health, ctx);
  }
  ImGui::End();
}

}  // namespace moviedb::client::views
