#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// GET /admin/cluster (the store's topology), /admin/cluster/placement (where
// the data lives) and /admin/cluster/placement/{collection}/{id} (where one
// document lives).
std::span<const RouteSpec> cluster_routes();

}  // namespace moviedb::routes
