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
  }
  return "unknown";
}

bool is_top_level(Screen screen) {
  return screen == Screen::browse || screen == Screen::catalog ||
         screen == Screen::recommendations || screen == Screen::lists;
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
