#include "views/screens.hpp"

#include <imgui.h>

#include <string>

#include "ui/theme.hpp"
#include "views/nav_bar.hpp"
#include "views/toasts_view.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

Screens::Screens() : nav_(std::make_unique<NavBar>()), toasts_(std::make_unique<ToastsView>()) {
#define MOVIEDB_SCREEN(id, ...) views_.push_back(make_##id##_view());
#include "state/screens.def"
#undef MOVIEDB_SCREEN
}

Screens::~Screens() = default;

void Screens::global_keys(const AppState& state, const ViewContext& ctx) {
  const ImGuiIO& io = ImGui::GetIO();
  // WantTextInput and the active item are last frame's: a key typed into a
  // field is the field's, not a shortcut.
  if (state.screen() != Screen::login && !io.WantTextInput) {
    for (const ImWchar ch : io.InputQueueCharacters) {
      if (ch == '/') {
        ctx.actions.emplace_back(FocusSearch{});
        break;
      }
    }
  }
  if (ImGui::IsKeyPressed(ImGuiKey_Escape, false) && !ImGui::IsAnyItemActive() &&
      !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) {
    // A record's page goes back to its list even when opened from a link.
    const auto& info = screen_info(state.screen());
    if (info.kind == ScreenKind::leaf && (info.has_id || state.nav.can_go_back()))
      ctx.actions.emplace_back(GoBack{});
  }
}

void Screens::draw(const AppState& state, const ViewContext& ctx) {
  global_keys(state, ctx);
  ctx.text("session", to_string(state.session.phase));
  if (state.screen() == Screen::login) {
    view_for(Screen::login).draw(state, ctx);  // a page of its own, without the top bar
  } else {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    constexpr ImGuiWindowFlags kHost =
        ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
        ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoScrollWithMouse;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##main", nullptr, kHost);
    ImGui::PopStyleVar(3);
    nav_->draw(state, ctx);

    // The page: padded; on a desktop only a record's page scrolls as a whole
    // (lists scroll inside), on a phone every page does (it is taller than
    // the screen once its rows of controls wrap).
    const bool scrolls = screen_info(state.screen()).has_id || ctx.compact();
    const float pad = ctx.page_padding();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.8f));
    const ImGuiWindowFlags page_flags =
        widgets::kPanelFlags |
        (scrolls ? ImGuiWindowFlags_None
                 : (ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse));
    const std::string page_id = "##page." + std::string(screen_name(state.screen()));
    ImGui::BeginChild(page_id.c_str(), ImVec2(0, 0), ImGuiChildFlags_AlwaysUseWindowPadding,
                      page_flags);
    ImGui::PopStyleVar();
    view_for(state.screen()).draw(state, ctx);
    ImGui::EndChild();
    ImGui::End();
  }
  toasts_->draw(state, ctx);
}

}  // namespace moviedb::client::views
