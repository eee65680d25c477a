#pragma once
#include "routes/route_support.hpp"

namespace moviedb::routes {

// GET /movies, GET /movies/{id}; admin POST /movies, PATCH and DELETE /movies/{id}.
void add_movie_routes(http::Router& router, Services& services);

// The movie with its credits and, for a signed-in caller, their state.
boost::json::object movie_detail(Services& services, const domain::Movie& movie,
                                 const std::optional<domain::User>& viewer);

}  // namespace moviedb::routes
