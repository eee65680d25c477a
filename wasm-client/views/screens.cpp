#include "views/screens.hpp"

#include <imgui.h>

#include <string>

#include "ui/theme.hpp"
#include "views/admin_activity_view.hpp"
#include "views/admin_audit_view.hpp"
#include "views/admin_cluster_view.hpp"
#include "views/admin_dashboard_view.hpp"
#include "views/admin_import_view.hpp"
#include "views/admin_movies_view.hpp"
#include "views/admin_people_view.hpp"
#include "views/admin_users_view.hpp"
#include "views/browse_view.hpp"
#include "views/catalog_view.hpp"
#include "views/lists_view.hpp"
#include "views/login_view.hpp"
#include "views/movie_view.hpp"
#include "views/nav_bar.hpp"
#include "views/person_view.hpp"
#include "views/recommendations_view.hpp"
#include "views/toasts_view.hpp"

namespace moviedb::client::views {

Screens::Screens()
    : login_(std::make_unique<LoginView>()),
      nav_(std::make_unique<NavBar>()),
      browse_(std::make_unique<BrowseView>()),
      movie_(std::make_unique<MovieView>()),
      person_(std::make_unique<PersonView>()),
      catalog_(std::make_unique<CatalogView>()),
      recommendations_(std::make_unique<RecommendationsView>()),
      lists_(std::make_unique<ListsView>()),
      admin_movies_(std::make_unique<AdminMoviesView>()),
      admin_import_(std::make_unique<AdminImportView>()),
      admin_people_(std::make_unique<AdminPeopleView>()),
      admin_activity_(std::make_unique<AdminActivityView>()),
      admin_users_(std::make_unique<AdminUsersView>()),
      admin_dashboard_(std::make_unique<AdminDashboardView>()),
      admin_cluster_(std::make_unique<AdminClusterView>()),
      admin_audit_(std::make_unique<AdminAuditView>()),
      toasts_(std::make_unique<ToastsView>()) {}

Screens::~Screens() = default;

View& Screens::view_for(Screen screen) {
  switch (screen) {
    case Screen::login:
      return *login_;
    case Screen::browse:
      return *browse_;
    case Screen::movie:
      return *movie_;
    case Screen::person:
      return *person_;
    case Screen::catalog:
      return *catalog_;
    case Screen::recommendations:
      return *recommendations_;
    case Screen::lists:
      return *lists_;
    case Screen::admin_movies:
      return *admin_movies_;
    case Screen::admin_import:
      return *admin_import_;
    case Screen::admin_people:
      return *admin_people_;
    case Screen::admin_activity:
      return *admin_activity_;
    case Screen::admin_users:
      return *admin_users_;
    case Screen::admin_dashboard:
      return *admin_dashboard_;
    case Screen::admin_cluster:
      return *admin_cluster_;
    case Screen::admin_audit:
      return *admin_audit_;
  }
  return *browse_;
}

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
    const bool leaf = state.screen() == Screen::movie || state.screen() == Screen::person ||
                      (state.screen() == Screen::login && state.nav.can_go_back());
    if (leaf) ctx.actions.emplace_back(GoBack{});
  }
}

void Screens::draw(const AppState& state, const ViewContext& ctx) {
  global_keys(state, ctx);
  ctx.text("session", to_string(state.session.phase));
  if (state.screen() == Screen::login) {
    login_->draw(state, ctx);
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

    // The page: padded; only detail pages scroll as a whole (lists scroll inside).
    const bool scrolls = state.screen() == Screen::movie || state.screen() == Screen::person;
    const float pad = ui::kPagePadding * ctx.px();
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(pad, pad * 0.8f));
    const ImGuiWindowFlags page_flags =
        scrolls ? ImGuiWindowFlags_None
                : (ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
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
