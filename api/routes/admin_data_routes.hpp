#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// GET /admin/interactions, /admin/audit, /admin/stats, /admin/movies/export
// and POST /admin/movies/bulk-delete (superadmin).
std::span<const RouteSpec> admin_data_routes();

}  // namespace moviedb::routes
