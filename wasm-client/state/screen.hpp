#pragma once
// The screens the client can show and how the user moves between them. Names
// are what the test bridge publishes as `screen`.
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace moviedb::client {

enum class Screen {
  login,            // sign in / create an account (the landing screen)
  browse,           // search and filter every title
  movie,            // one title (route id = movie id)
  person,           // one person's filmography (route id = person id)
  catalog,          // the top titles by score
  recommendations,  // personalised suggestions and the preference search
  lists,            // the caller's liked / disliked / watched titles
  admin_movies,     // admin: the movies table, create/edit/delete
  admin_import,     // admin: bulk import with a dry run first
  admin_people,     // admin: people and their filmographies
  admin_activity,   // admin: every user's interactions
  admin_users,      // admin: accounts and roles
  admin_dashboard,  // admin: totals and charts
  admin_cluster,    // admin: the store's topology
  admin_audit,      // admin: the audit log
};

enum class ScreenKind {
  leaf,       // reached by drilling down (a title, a person, the sign-in form): Back returns
  top_level,  // reached from the top bar: going there forgets history
  admin,      // a top-level screen of the admin workspace (admins and superadmins only)
};

// Everything the client says about a screen, in one row per screen
// (state/screen.cpp): the views, the controller and the addresses read it.
struct ScreenInfo {
  Screen screen;
  std::string_view name;   // what the test bridge publishes as `screen`
  std::string_view path;   // its address after "#/"; `has_id` screens add "/{id}"
  std::string_view title;  // the page title's first part
  ScreenKind kind;
  bool has_id = false;  // shows one record: route id = movie or person id
};

std::span<const ScreenInfo> all_screens();
const ScreenInfo& screen_info(Screen screen);

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
