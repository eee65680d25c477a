#pragma once
// The lists behind the catalog, recommendations and "My lists" screens, and
// the genre facet. Each is plain data plus its LoadState.
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/interaction.hpp"
#include "domain/movie.hpp"
#include "domain/stats.hpp"
#include "net/wire.hpp"
#include "state/load.hpp"

namespace moviedb::client {

struct GenresState {
  LoadState load;
  std::vector<domain::GenreCount> items;  // the server's order (most titles first)
};

struct CatalogState {
  LoadState load;
  bool exclude_interacted = false;  // hide titles the caller reacted to / watched / viewed
  std::vector<domain::Movie> items;
};

// The preference search: type, genre, actor, director → the top 3.
struct PreferenceQuery {
  std::string type;  // "", "MOVIE" or "SHOW"
  std::string genre;
  std::string actor;
  std::string director;
  bool empty() const { return type.empty() && genre.empty() && actor.empty() && director.empty(); }
  bool operator==(const PreferenceQuery&) const = default;
};

struct RecommendationsState {
  LoadState load;
  std::vector<net::Recommendation> items;

  PreferenceQuery preference;  // the last preference search sent
  LoadState preference_load;
  std::vector<net::Recommendation> preference_items;
};

enum class ListKind { liked, disliked, watched };
std::string_view to_string(ListKind kind);
inline constexpr std::array<ListKind, 3> kListKinds{ListKind::liked, ListKind::disliked,
                                                    ListKind::watched};

struct InteractionList {
  static constexpr std::int64_t kPageSize = 100;
  LoadState load;
  std::vector<domain::Interaction> items;
  std::int64_t total = 0;
  std::int64_t pages_loaded = 0;
  bool more() const { return static_cast<std::int64_t>(items.size()) < total; }
};

struct ListsState {
  ListKind tab = ListKind::liked;
  std::array<InteractionList, 3> lists;
  InteractionList& of(ListKind kind) { return lists[static_cast<std::size_t>(kind)]; }
  const InteractionList& of(ListKind kind) const { return lists[static_cast<std::size_t>(kind)]; }
};

// The GET /me/interactions filter for a list.
std::pair<std::string, std::string> list_filter(ListKind kind);
// Whether an interaction still belongs on `kind`'s list.
bool belongs(ListKind kind, const domain::Interaction& interaction);

}  // namespace moviedb::client
