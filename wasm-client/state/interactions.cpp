#include "state/interactions.hpp"

#include <algorithm>

namespace moviedb::client {

net::Counters counters_of(const domain::Movie& movie) {
  return {movie.likes, movie.dislikes, movie.watched, movie.views};
}

void set_counters(domain::Movie& movie, const net::Counters& counters) {
  movie.likes = counters.likes;
  movie.dislikes = counters.dislikes;
  movie.watched = counters.watched;
  movie.views = counters.views;
}

namespace {

std::int64_t& count_for(net::Counters& counters, domain::Reaction reaction) {
  return reaction == domain::Reaction::like ? counters.likes : counters.dislikes;
}

void decrement(std::int64_t& n) {
  n = std::max<std::int64_t>(0, n - 1);
}

}  // namespace

void predict_reaction(net::Viewer& viewer, net::Counters& counters,
                      std::optional<domain::Reaction> next) {
  if (viewer.reaction == next) return;
  if (viewer.reaction) decrement(count_for(counters, *viewer.reaction));
  if (next) ++count_for(counters, *next);
  viewer.reaction = next;
}

void predict_watched(net::Viewer& viewer, net::Counters& counters, bool watched) {
  if (viewer.watched == watched) return;
  if (watched) {
    ++counters.watched;
  } else {
    decrement(counters.watched);
  }
  viewer.watched = watched;
}

std::optional<domain::Reaction> toggled(std::optional<domain::Reaction> current,
                                        domain::Reaction pressed) {
  if (current == pressed) return std::nullopt;
  return pressed;
}

void apply_interaction(AppState& state, const net::InteractionSummary& s, InteractionKind kind) {
  if (state.movie.id == s.movie_id && state.movie.load.phase != LoadPhase::idle) {
    set_counters(state.movie.movie, s.counters);
    state.movie.viewer = s.viewer;
  }
  if (const auto row = state.browse.results.find(s.movie_id); row >= 0) {
    set_counters(state.browse.results.rows[static_cast<std::size_t>(row)], s.counters);
  }
  for (auto& movie : state.catalog.items) {
    if (movie.id == s.movie_id) set_counters(movie, s.counters);
  }
  for (auto& item : state.recommendations.items) {
    if (item.movie.id == s.movie_id) set_counters(item.movie, s.counters);
  }
  for (auto& item : state.recommendations.preference_items) {
    if (item.movie.id == s.movie_id) set_counters(item.movie, s.counters);
  }
  if (state.catalog.exclude_interacted && state.catalog.load.phase != LoadPhase::idle) {
    state.catalog.load.stale = true;
  }
  if (kind == InteractionKind::view) return;
  for (auto& list : state.lists.lists) {
    if (list.load.phase != LoadPhase::idle) list.load.stale = true;
  }
  if (state.recommendations.load.phase != LoadPhase::idle) state.recommendations.load.stale = true;
}

void forget_user_data(AppState& state) {
  // Answers in flight for the old account are dropped: generations keep growing.
  const auto generation = state.admin.movies.load.generation + 1;
  state.admin = {};
  state.admin.movies.load.generation = generation;
  for (auto& list : state.lists.lists) {
    list.load.reset();
    list.items.clear();
    list.total = 0;
    list.pages_loaded = 0;
  }
  state.recommendations.load.reset();
  state.recommendations.items.clear();
  state.recommendations.preference_load.reset();
  state.recommendations.preference_items.clear();
  state.recommendations.preference = {};
  state.catalog.exclude_interacted = false;
  if (state.catalog.load.phase != LoadPhase::idle) state.catalog.load.stale = true;
  state.movie.viewer.reset();
  if (state.movie.load.phase != LoadPhase::idle) state.movie.load.stale = true;
  state.movie.writes_in_flight = 0;
}

}  // namespace moviedb::client
