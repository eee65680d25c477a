#pragma once
// How an import report words a rejected record's problems.
#include <string>
#include <vector>

#include "domain/field_error.hpp"

namespace moviedb::importer {

// "title: is required; imdb_score: must be between 0 and 10".
std::string describe(const std::vector<domain::FieldError>& errors);

}  // namespace moviedb::importer
