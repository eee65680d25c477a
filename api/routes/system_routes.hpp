#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// /healthz (process up, with the version the client shows), /readyz (the
// store answers a round trip), /metrics and the OpenAPI description.
std::span<const RouteSpec> system_routes();

}  // namespace moviedb::routes
