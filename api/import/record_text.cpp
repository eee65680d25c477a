#include "import/record_text.hpp"

namespace moviedb::importer {

std::string describe(const std::vector<domain::FieldError>& errors) {
  std::string text;
  for (const auto& error : errors) {
    if (!text.empty()) text += "; ";
    text += error.field.empty() ? error.message : error.field + ": " + error.message;
  }
  return text;
}

}  // namespace moviedb::importer
