#include "state/screen.hpp"

namespace moviedb::client {

namespace {

using enum ScreenKind;

constexpr ScreenInfo kScreens[] = {
    {Screen::login, "login", "login", "Sign in", leaf},
    {Screen::browse, "browse", "browse", "Browse", top_level},
    {Screen::movie, "movie", "movies", "Title", leaf, true},
    {Screen::person, "person", "people", "Person", leaf, true},
    {Screen::catalog, "catalog", "top", "Top 100", top_level},
    {Screen::recommendations, "recommendations", "for-you", "For you", top_level},
    {Screen::lists, "lists", "lists", "My lists", top_level},
    {Screen::admin_movies, "admin.movies", "admin/movies", "Movies (admin)", admin},
    {Screen::admin_import, "admin.import", "admin/import", "Import (admin)", admin},
    {Screen::admin_people, "admin.people", "admin/people", "People (admin)", admin},
    {Screen::admin_activity, "admin.interactions", "admin/interactions", "Interactions (admin)",
     admin},
    {Screen::admin_users, "admin.users", "admin/users", "Users (admin)", admin},
    {Screen::admin_dashboard, "admin.dashboard", "admin/dashboard", "Dashboard (admin)", admin},
    {Screen::admin_cluster, "admin.cluster", "admin/cluster", "Cluster (admin)", admin},
    {Screen::admin_audit, "admin.audit", "admin/audit", "Audit log (admin)", admin},
};

}  // namespace

std::span<const ScreenInfo> all_screens() {
  return kScreens;
}

const ScreenInfo& screen_info(Screen screen) {
  for (const auto& info : kScreens) {
    if (info.screen == screen) return info;
  }
  return kScreens[1];  // browse: unreachable while every Screen has its row (address_test)
}

void Navigation::go(Route route) {
  history.clear();
  current = std::move(route);
}

void Navigation::push(Route route) {
  if (route == current) return;
  history.push_back(std::move(current));
  if (history.size() > kMaxHistory) history.erase(history.begin());
  current = std::move(route);
}

bool Navigation::back() {
  if (history.empty()) return false;
  current = std::move(history.back());
  history.pop_back();
  return true;
}

}  // namespace moviedb::client
