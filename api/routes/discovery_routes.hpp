#pragma once
#include "routes/route_support.hpp"

namespace moviedb::routes {

// GET /catalog, /recommendations, /genres, /people and /people/{id}.
void add_discovery_routes(http::Router& router, Services& services);

}  // namespace moviedb::routes
