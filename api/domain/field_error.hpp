#pragma once
// Field-level validation failures, shared by the API (which reports them in the
// error envelope) and the client (which shows them beside the form field).
#include <stdexcept>
#include <string>
#include <vector>

namespace moviedb::domain {

struct FieldError {
  std::string field;
  std::string message;
  bool operator==(const FieldError&) const = default;
};

// Thrown when input fails validation; carries every problem found, not just the first.
class ValidationError : public std::runtime_error {
 public:
  explicit ValidationError(std::vector<FieldError> errors);
  ValidationError(std::string field, std::string message);
  const std::vector<FieldError>& errors() const { return errors_; }

 private:
  std::vector<FieldError> errors_;
};

}  // namespace moviedb::domain
