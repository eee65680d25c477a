#pragma once
// The screens the client can show and how the user moves between them. Names
// are what the test bridge publishes as `screen`.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace moviedb::client {

// One per line of state/screens.def, in its order.
enum class Screen {
#define MOVIEDB_SCREEN(id, ...) id,
#include "state/screens.def"
#undef MOVIEDB_SCREEN
};

enum class ScreenKind {
  leaf,       // reached by drilling down (a title, a person, the sign-in form): Back returns
  top_level,  // reached from the top bar: going there forgets history
  admin,      // a top-level screen of the admin workspace (admins and superadmins only)
};

// Everything the client says about a screen (its line in state/screens.def):
// the views, the controller and the addresses read it.
struct ScreenInfo {
  Screen screen;
  std::string_view name;   // what the test bridge publishes as `screen`
  std::string_view path;   // its address after "#/"; `has_id` screens add "/{id}"
  std::string_view label;  // its nav button or admin tab; the page title's first part
  ScreenKind kind;
  bool has_id = false;  // shows one record: route id = movie or person id
};

std::span<const ScreenInfo> all_screens();
const ScreenInfo& screen_info(Screen screen);

// "Top 100", "Cluster (admin)": what the page title and headings call it.
std::string screen_title(Screen screen);

inline std::string_view screen_name(Screen screen) {
  return screen_info(screen).name;
}
inline bool is_top_level(Screen screen) {
  return screen_info(screen).kind != ScreenKind::leaf;
}
inline bool is_admin_screen(Screen screen) {
  return screen_info(screen).kind == ScreenKind::admin;
}

struct Route {
  Screen screen = Screen::login;
  std::string id;  // which movie or person, for the screens that show one
  bool operator==(const Route&) const = default;
};

struct Navigation {
  static constexpr std::size_t kMaxHistory = 50;

  Route current;
  std::vector<Route> history;  // where Back goes, most recent last

  Screen screen() const { return current.screen; }
  // A top-level screen: history is cleared.
  void go(Route route);
  // Drill down (a movie, a person, the sign-in form): Back returns here.
  // Pushing the route already shown does nothing.
  void push(Route route);
  // Returns to the previous route; false (no change) when there is none.
  bool back();
  bool can_go_back() const { return !history.empty(); }
};

}  // namespace moviedb::client
