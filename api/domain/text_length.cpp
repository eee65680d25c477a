#include "domain/text_length.hpp"

#include "domain/utf8.hpp"

namespace moviedb::domain {

bool longer_than(std::string_view text, std::size_t max_characters) {
  // A code point takes at least one byte: short text needs no count.
  return text.size() > max_characters && utf8_length(text) > max_characters;
}

std::string at_most_characters(std::size_t max_characters) {
  return "must be at most " + std::to_string(max_characters) + " characters";
}

void check_length(std::string_view field, std::string_view text, std::size_t max_characters,
                  std::vector<FieldError>& errors) {
  if (longer_than(text, max_characters)) {
    errors.push_back({std::string(field), at_most_characters(max_characters)});
  }
}

}  // namespace moviedb::domain
