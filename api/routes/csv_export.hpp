#pragma once
#include <string>
#include <vector>

#include "domain/movie.hpp"

namespace moviedb::routes {

// RFC 4180 CSV with a header of the movie fields; lists are joined with '|'.
std::string csv_header();
std::string csv_row(const domain::Movie& movie);

}  // namespace moviedb::routes
