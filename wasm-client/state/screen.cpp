#include "state/screen.hpp"

namespace moviedb::client {

namespace {

using enum ScreenKind;

constexpr ScreenInfo kScreens[] = {
#define MOVIEDB_SCREEN(id, name, path, label, kind, has_id) \
  {Screen::id, name, path, label, kind, has_id},
#include "state/screens.def"
#undef MOVIEDB_SCREEN
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

std::string screen_title(Screen screen) {
  const auto& info = screen_info(screen);
  std::string title(info.label);
  if (info.kind == admin) title += " (admin)";
  return title;
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
