#include "domain/field_error.hpp"

#include "domain/utf8.hpp"

namespace moviedb::domain {

namespace {

std::string summarise(const std::vector<FieldError>& errors) {
  if (errors.empty()) return "invalid input";
  // The field may echo a client's key of any length; the message stays readable.
  std::string text = std::string(utf8_prefix(errors.front().field, 200)) + ": " +
                     errors.front().message;
  if (errors.size() > 1) text += " (and " + std::to_string(errors.size() - 1) + " more)";
  return text;
}

}  // namespace

ValidationError::ValidationError(std::vector<FieldError> errors)
    : std::runtime_error(summarise(errors)), errors_(std::move(errors)) {}

ValidationError::ValidationError(std::string field, std::string message)
    : ValidationError(std::vector<FieldError>{{std::move(field), std::move(message)}}) {}

}  // namespace moviedb::domain
