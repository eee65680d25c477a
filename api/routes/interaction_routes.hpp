#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// Reactions, watched, views and GET /me/interactions.
std::span<const RouteSpec> interaction_routes();

}  // namespace moviedb::routes
