#pragma once
#include "routes/route_support.hpp"

namespace moviedb::routes {

// POST /admin/import: the body is the file (netflix: multipart with parts
// `titles` and `credits`); valid records are kept, bad ones reported.
void add_import_routes(http::Router& router, Services& services);

}  // namespace moviedb::routes
