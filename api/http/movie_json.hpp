#pragma once
// A movie as JSON text, written from its fields directly: building a
// Boost.JSON object of its 31 members first and printing it took a tenth of
// the server's CPU for a movie page read from the store (bench/RESULTS.md,
// "A movie page written as text"). Same members, order and values as
// json::value_from(movie) with its credits; tests/unit/movie_json_test.cpp holds
// them equal.
#include <boost/json/object.hpp>
#include <string>
#include <vector>

#include "domain/movie.hpp"
#include "domain/people.hpp"

namespace moviedb::http {

// `movie`'s members, its `credits`, then each of `more` (the caller's
// state), as one object.
void append_json(std::string& out, const domain::Movie& movie,
                 const std::vector<domain::Credit>& credits, const boost::json::object& more);

}  // namespace moviedb::http
