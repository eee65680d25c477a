#pragma once
// The movie screen's data: the title, its credits and, for a signed-in
// caller, their own state; plus the person screen's filmography.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/movie.hpp"
#include "domain/people.hpp"
#include "net/wire.hpp"
#include "state/load.hpp"

namespace moviedb::client {

struct MovieDetailState {
  std::string id;  // the title shown (or being loaded)
  LoadState load;
  domain::Movie movie;
  std::vector<domain::Credit> credits;
  std::optional<net::Viewer> viewer;  // signed in only
  int writes_in_flight = 0;           // reaction/watched requests; toggles wait for them
  std::uint64_t opens = 0;            // how many times a title was opened (views recorded)
};

struct PersonState {
  std::string id;
  LoadState load;
  domain::Person person;
  std::vector<domain::Credit> credits;  // newest first
};

// Credits grouped for display: directors first, then cast in billing order,
// then everyone else.
struct CreditGroups {
  std::vector<const domain::Credit*> directors;
  std::vector<const domain::Credit*> cast;
  std::vector<const domain::Credit*> crew;
};
CreditGroups group_credits(const std::vector<domain::Credit>& credits);

// A filmography newest first (undated last), keeping the server's order otherwise.
void sort_filmography(std::vector<domain::Credit>& credits);

}  // namespace moviedb::client
