#pragma once
// Likes, dislikes, watched and views: the optimistic prediction shown while a
// change is in flight, and spreading a confirmed change to every screen that
// shows the title.
#include <optional>

#include "domain/interaction.hpp"
#include "domain/movie.hpp"
#include "net/wire.hpp"
#include "state/app_state.hpp"

namespace moviedb::client {

net::Counters counters_of(const domain::Movie& movie);
void set_counters(domain::Movie& movie, const net::Counters& counters);

// What the caller's change will most likely do (the server's answer replaces it).
void predict_reaction(net::Viewer& viewer, net::Counters& counters,
                      std::optional<domain::Reaction> next);
void predict_watched(net::Viewer& viewer, net::Counters& counters, bool watched);

// The reaction a Like / Dislike toggle asks for: pressing the active one clears it.
std::optional<domain::Reaction> toggled(std::optional<domain::Reaction> current,
                                        domain::Reaction pressed);

enum class InteractionKind { reaction, watched, view };

// A change the server confirmed: the movie screen, browse rows, catalog and
// recommendations take the new counters; lists that depend on the caller's
// interactions are marked out of date so they reload when next shown (a view
// only matters to the catalog's "hide what I interacted with").
void apply_interaction(AppState& state, const net::InteractionSummary& summary,
                       InteractionKind kind);

// Everything that belongs to the signed-in user is forgotten (sign-out,
// expired session) or must be reloaded (new sign-in).
void forget_user_data(AppState& state);

}  // namespace moviedb::client
