#pragma once
// Everything the views read. Plain data: copied freely, compiled natively.
#include "state/admin.hpp"
#include "state/browse.hpp"
#include "state/collections.hpp"
#include "state/health.hpp"
#include "state/movie_detail.hpp"
#include "state/screen.hpp"
#include "state/session.hpp"
#include "state/toasts.hpp"

namespace moviedb::client {

struct AppState {
  Navigation nav;
  HealthState health;
  Session session;
  AuthForm auth;
  BrowseState browse;
  GenresState genres;
  MovieDetailState movie;
  PersonState person;
  CatalogState catalog;
  RecommendationsState recommendations;
  ListsState lists;
  AdminState admin;
  Toasts toasts;
  double now = 0;  // seconds, updated by the controller at the top of each frame

  Screen screen() const { return nav.screen(); }
};

}  // namespace moviedb::client
