#pragma once
#include "http/metrics.hpp"
#include "http/router.hpp"
#include "store/store.hpp"

namespace moviedb::routes {

// /healthz (process up, with the version the client shows), /readyz (the
// store answers a round trip), /metrics and the OpenAPI description.
void add_system_routes(http::Router& router, store::Store& store, const http::Metrics& metrics);

}  // namespace moviedb::routes
