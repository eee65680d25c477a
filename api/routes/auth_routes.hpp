#pragma once
#include "routes/route_support.hpp"

namespace moviedb::routes {

// POST /auth/register, /auth/login, /auth/logout and GET /me.
void add_auth_routes(http::Router& router, Services& services);

}  // namespace moviedb::routes
