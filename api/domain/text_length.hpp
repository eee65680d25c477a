#pragma once
// Limits on text count characters (Unicode code points), as JSON Schema's
// minLength and maxLength do: the OpenAPI document and the server agree on
// what "at most 200" means whatever the script. Text reaching these checks is
// valid UTF-8 (the query decoder and the JSON parser see to that).
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"

namespace moviedb::domain {

bool longer_than(std::string_view text, std::size_t max_characters);
// "must be at most N characters"
std::string at_most_characters(std::size_t max_characters);
// Adds that error for `field` when `text` is longer than `max_characters`.
void check_length(std::string_view field, std::string_view text, std::size_t max_characters,
                  std::vector<FieldError>& errors);

}  // namespace moviedb::domain
