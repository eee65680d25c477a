#pragma once
// The admin's Placement screen: where each collection's data lives (GET
// /admin/cluster/placement: sharded or not, chunks per shard, the balancer)
// and where one title lives (GET /admin/cluster/placement/movies/{id}),
// asked from this screen, the admin table or a title's page. Its logic is
// app/placement_logic.cpp, its view views/placement_view.cpp.
#include <string>
#include <utility>

#include "net/wire.hpp"
#include "state/load.hpp"
#include "state/screen_action.hpp"

namespace moviedb::client {

struct LocateState {
  std::string id;  // empty: nothing asked (or the answer was closed)
  LoadState load;
  net::DocumentLocation where;
};

struct PlacementState {
  LoadState load;
  net::PlacementFacts facts;
  LocateState locate;
};

// The screen's own action: where does this title live? "" forgets the answer.
struct LocateTitle {
  std::string id;
};

inline ScreenAction locate_title(std::string id) {
  return {Screen::admin_placement, LocateTitle{std::move(id)}};
}

}  // namespace moviedb::client
