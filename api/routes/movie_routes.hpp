#pragma once
#include "routes/route_table.hpp"

namespace moviedb::routes {

// GET /movies, GET /movies/{id}; admin POST /movies, PATCH and DELETE /movies/{id}.
std::span<const RouteSpec> movie_routes();

// The movie with its credits and, for a signed-in caller, their state, as
// JSON text.
std::string movie_detail(Services& services, const domain::Movie& movie,
                         const std::optional<domain::User>& viewer);
std::string movie_detail(Services& services, const store::MovieDetail& found,
                         const std::optional<domain::User>& viewer);

}  // namespace moviedb::routes
