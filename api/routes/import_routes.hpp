#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// POST /admin/import: the body is the file (netflix: multipart with parts
// `titles` and `credits`); valid records are kept, bad ones reported.
std::span<const RouteSpec> import_routes();

}  // namespace moviedb::routes
