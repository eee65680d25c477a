#pragma once
// The screens the client can show and how the user moves between them. Names
// are what the test bridge publishes as `screen`.
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

std::string_view screen_name(Screen screen);

// True for the screens reached from the top bar (going there forgets history).
bool is_top_level(Screen screen);
// The admin workspace's screens (admins and superadmins only).
bool is_admin_screen(Screen screen);

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
