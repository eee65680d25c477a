#pragma once
// Where the user is, as the page's address, and back: "#/movies/tt0111161",
// "#/browse?q=alien&genre=horror&sort=-imdb_score", "#/top", "#/admin/cluster".
// What a link, a reload or the browser's Back and Forward open.
#include <optional>
#include <string>
#include <string_view>

#include "domain/movie_query.hpp"
#include "state/screen.hpp"

namespace moviedb::client {

struct Address {
  Route route;
  domain::MovieQuery browse;  // the browse screen's filters and sort
};

// The address of `route` (browse: with `browse`'s filters, in the API's own
// query keys).
std::string address_of(const Route& route, const domain::MovieQuery& browse);

// The route a hash names; nullopt for anything else (an unknown path, a bad
// escape, filters the API would refuse).
std::optional<Address> parse_address(std::string_view hash);

// The page title for a screen: "Browse · moviedb", "<title> · moviedb".
std::string page_title(const Route& route, std::string_view shown_title);

// Keeps the page's address in step with the screen: another screen (or
// title, or person) is a new history entry; a change within one screen (the
// filters) replaces the entry, so typing a search does not bury Back; and an
// address the browser moved to (Back, Forward, a link) is never pushed again.
class AddressSync {
 public:
  struct Update {
    std::string address, title;
    bool push = false;
  };
  // The browser shows `hash` now (and the controller will open it).
  void arrived(std::string hash);
  // After a frame: what the address bar and title must become, if anything.
  // `settled`: no address waits to be opened (say, for a session to restore).
  std::optional<Update> after_frame(const Route& route, const domain::MovieQuery& browse,
                                    std::string_view shown_title, bool settled);

 private:
  std::string address_, title_;
  Route route_;
  bool replace_next_ = true;  // the first address takes the page's initial entry
};

}  // namespace moviedb::client
