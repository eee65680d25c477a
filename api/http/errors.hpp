#pragma once
// The contract's error envelope: {"error": {"code", "message", "details": [{field, message}]}}.
#include <stdexcept>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace moviedb::http {

struct FieldError {
  std::string field;
  std::string message;
};

// Thrown by handlers for anything the client can fix or must know; the
// dispatcher turns it into the envelope, so handlers never build error bodies.
class ApiError : public std::runtime_error {
 public:
  ApiError(unsigned status, std::string code, std::string message,
           std::vector<FieldError> details = {});
  unsigned status() const { return status_; }
  const std::string& code() const { return code_; }
  const std::vector<FieldError>& details() const { return details_; }

 private:
  unsigned status_;
  std::string code_;
  std::vector<FieldError> details_;
};

Response error_response(unsigned status, std::string_view code, std::string_view message,
                        const std::vector<FieldError>& details = {});

}  // namespace moviedb::http
