#pragma once
#include "routes/route_support.hpp"

namespace moviedb::routes {

// Reactions, watched, views and GET /me/interactions.
void add_interaction_routes(http::Router& router, Services& services);

}  // namespace moviedb::routes
