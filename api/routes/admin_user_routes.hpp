#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// GET/POST /admin/users and GET/PATCH/DELETE /admin/users/{id}. Admins manage
// `user` accounts; only a superadmin grants or manages higher roles, and the
// last enabled superadmin can be neither demoted, disabled nor deleted.
std::span<const RouteSpec> admin_user_routes();

}  // namespace moviedb::routes
