#pragma once
// Personalised picks from what a user liked and watched (their genres and
// people), never titles they already reacted to or watched; and the
// preference search (top titles matching type/genre/actor/director).
#include <string>
#include <vector>

#include "domain/movie.hpp"
#include "domain/movie_query.hpp"
#include "domain/user.hpp"
#include "store/store.hpp"

namespace moviedb::services {

struct Recommendation {
  domain::Movie movie;
  std::string reason;  // one line a person can read: "because you liked …"
};

std::vector<Recommendation> recommend(store::Store& store, const domain::User& user,
                                      std::size_t limit);

// Top `limit` by IMDb score among titles matching the given preferences.
std::vector<domain::Movie> preference_search(store::Store& store, const domain::MovieQuery& prefs,
                                             std::size_t limit);

}  // namespace moviedb::services
