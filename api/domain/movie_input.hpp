#pragma once
// Turns client JSON into movies, collecting every problem as a FieldError.
// Unknown fields are errors (a typo must not silently drop data); read-only
// fields (counters, timestamps, version) are ignored so exported documents
// import again unchanged.
#include <boost/json/fwd.hpp>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"
#include "domain/movie.hpp"

namespace moviedb::domain {

// Keys besides the movie's fields that a caller handles itself (e.g. "credits").
using ExtraKeys = std::vector<std::string_view>;

Movie movie_from_input(const boost::json::object& input, std::vector<FieldError>& errors,
                       const ExtraKeys& extra_keys = {});

// Applies the writable fields present in `patch` onto `movie` (PATCH semantics).
void apply_movie_patch(Movie& movie, const boost::json::object& patch,
                       std::vector<FieldError>& errors, const ExtraKeys& extra_keys = {});

// Whole-record rules: required title, known type, id syntax.
void check_movie(const Movie& movie, std::vector<FieldError>& errors);

bool valid_id(std::string_view id);

}  // namespace moviedb::domain
