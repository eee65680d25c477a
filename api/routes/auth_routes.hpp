#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// POST /auth/register, /auth/login, /auth/logout and GET /me.
std::span<const RouteSpec> auth_routes();

}  // namespace moviedb::routes
