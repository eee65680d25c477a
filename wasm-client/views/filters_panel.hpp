#pragma once
// The browse screen's filters: type, genres (from GET /genres), year range,
// minimum score, certification, country and person. Every change becomes a
// SetBrowseQuery; typing is debounced, picks apply at once.
//
// Bridge items: filter.type.all / .movie / .show, filter.genre.<Genre>,
// filter.year_min, filter.year_max, filter.score_min, filter.certification
// (its choices filter.certification.<value>), filter.country, filter.person,
// filter.clear.
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class FiltersPanel {
 public:
  void draw(const AppState& state, const ViewContext& ctx);

 private:
  // Text fields keep what is typed; they follow the state when not being edited.
  struct TextField {
    std::string text;
    bool active = false;
  };
  TextField year_min_, year_max_, country_, person_;
};

}  // namespace moviedb::client::views
