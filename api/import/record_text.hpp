#pragma once
// Small helpers the format mappings share.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"

namespace moviedb::importer {

// A deterministic id from a prefix, a title and a year ("vega-titanic-1997"),
// so importing the same file twice updates instead of duplicating. Titles
// without ASCII letters or digits get a hash instead of a slug.
std::string derived_id(std::string_view prefix, std::string_view title, std::optional<int> year);

// "title: is required; imdb_score: must be between 0 and 10".
std::string describe(const std::vector<domain::FieldError>& errors);

bool valid_utf8(std::string_view text);

}  // namespace moviedb::importer
