#pragma once
// The contract's error envelope: {"error": {"code", "message", "details": [{field, message}]}}.
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "domain/field_error.hpp"
#include "http/message.hpp"

namespace moviedb::http {

using domain::FieldError;

// Thrown by handlers for anything the client can fix or must know; the
// dispatcher turns it into the envelope, so handlers never build error bodies.
class ApiError : public std::runtime_error {
 public:
  ApiError(unsigned status, std::string code, std::string message,
           std::vector<FieldError> details = {});
  unsigned status() const { return status_; }
  const std::string& code() const { return code_; }
  const std::vector<FieldError>& details() const { return details_; }
  // Sent as Retry-After (429, 503).
  std::optional<std::chrono::seconds> retry_after;

 private:
  unsigned status_;
  std::string code_;
  std::vector<FieldError> details_;
};

Response error_response(unsigned status, std::string_view code, std::string_view message,
                        const std::vector<FieldError>& details = {});
// The envelope of `error`, with its Retry-After.
Response api_error_response(const ApiError& error);

}  // namespace moviedb::http
