#include "state/screen.hpp"

namespace moviedb::client {

std::string_view screen_name(Screen screen) {
  switch (screen) {
    case Screen::login:
      return "login";
    case Screen::browse:
      return "browse";
    case Screen::movie:
      return "movie";
    case Screen::person:
      return "person";
    case Screen::catalog:
      return "catalog";
    case Screen::recommendations:
      return "recommendations";
    case Screen::lists:
      return "lists";
    case Screen::admin_movies:
      return "admin.movies";
    case Screen::admin_import:
      return "admin.import";
    case Screen::admin_people:
      return "admin.people";
    case Screen::admin_activity:
      return "admin.interactions";
    case Screen::admin_users:
      return "admin.users";
    case Screen::admin_dashboard:
      return "admin.dashboard";
    case Screen::admin_cluster:
      return "admin.cluster";
    case Screen::admin_audit:
      return "admin.audit";
  }
  return "unknown";
}

bool is_top_level(Screen screen) {
  return screen == Screen::browse || screen == Screen::catalog ||
         screen == Screen::recommendations || screen == Screen::lists || is_admin_screen(screen);
}

bool is_admin_screen(Screen screen) {
  switch (screen) {
    case Screen::admin_movies:
    case Screen::admin_import:
    case Screen::admin_people:
    case Screen::admin_activity:
    case Screen::admin_users:
    case Screen::admin_dashboard:
    case Screen::admin_cluster:
    case Screen::admin_audit:
      return true;
    default:
      return false;
  }
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
