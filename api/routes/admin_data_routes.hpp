#pragma once
#include "routes/route_support.hpp"

namespace moviedb::routes {

// GET /admin/interactions, /admin/stats, /admin/cluster, /admin/audit,
// /admin/movies/export and POST /admin/movies/bulk-delete (superadmin).
void add_admin_data_routes(http::Router& router, Services& services);

}  // namespace moviedb::routes
