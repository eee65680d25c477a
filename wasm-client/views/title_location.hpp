#pragma once
// "Where is this title?" (admins): which shard, and chunk, hold a title and its
// credits, asked from the admin table or the movie page.
#include <string>

#include "state/app_state.hpp"
#include "views/view.hpp"

namespace moviedb::client::views {

// The button that asks; `n` tells rows apart ("" on the movie page).
void locate_button(const std::string& id, const std::string& n, const ViewContext& ctx);
// The answer for `id` once asked (nothing when another title was asked).
void title_location(const AppState& state, const std::string& id, const ViewContext& ctx);

}  // namespace moviedb::client::views
