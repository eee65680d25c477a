#pragma once
#include "routes/route_support.hpp"

namespace moviedb::routes {

// Every route of the contract, system routes included.
void add_api_routes(http::Router& router, Services& services);

}  // namespace moviedb::routes
