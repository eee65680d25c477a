#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// GET /catalog, /recommendations, /genres, /people and /people/{id}.
std::span<const RouteSpec> discovery_routes();

}  // namespace moviedb::routes
