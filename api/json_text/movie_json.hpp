#pragma once
// A movie as JSON text, written from its fields directly: building a
// Boost.JSON object of its 31 members first and printing it took a tenth of
// the server's CPU for a movie page read from the store (bench/RESULTS.md,
// "A movie page written as text"). Same members, order and values as
// json::value_from(movie) with its credits; tests/unit/movie_json_test.cpp holds
// them equal.
#include <boost/json/object.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/movie.hpp"
#include "domain/page.hpp"
#include "domain/people.hpp"

namespace moviedb::json_text {

// `credits` as the JSON array a movie page holds. The SQLite store keeps this
// text in the title's row (schema 5), so a change to it needs a schema
// version that writes every title's copy again.
std::string credits_json(const std::vector<domain::Credit>& credits);

// A page of titles (domain/page.hpp's envelope, each title as
// json::value_from writes it): the search and catalog pages.
std::string movies_page_json(const domain::Page<domain::Movie>& page);

// `movie`'s members, its credits (`credits_json`'s text), then each of
// `more` (the caller's state), as one object.
void append_json(std::string& out, const domain::Movie& movie, std::string_view credits_json,
                 const boost::json::object& more);

}  // namespace moviedb::json_text
