#pragma once
#include "http/router.hpp"
#include "store/store.hpp"

namespace moviedb::routes {

// /healthz (process up, with the version the client shows) and /readyz (the
// store answers a round trip).
void add_system_routes(http::Router& router, store::Store& store);

}  // namespace moviedb::routes
