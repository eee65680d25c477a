#include "http/errors.hpp"

#include <boost/json.hpp>

#include "domain/utf8.hpp"
#include "http/json_response.hpp"

namespace moviedb::http {

ApiError::ApiError(unsigned status, std::string code, std::string message,
                   std::vector<FieldError> details)
    : std::runtime_error(message),
      status_(status),
      code_(std::move(code)),
      details_(std::move(details)) {}

namespace {

// A request can name thousands of bad keys; the answer stays small whatever
// it sent, and a field name echoed back is cut to a readable length.
constexpr std::size_t kMaxDetails = 20;
constexpr std::size_t kMaxDetailBytes = 200;

boost::json::array detail_array(const std::vector<FieldError>& details) {
  boost::json::array out;
  for (std::size_t i = 0; i < details.size() && i < kMaxDetails; ++i) {
    out.push_back({{"field", domain::utf8_prefix(details[i].field, kMaxDetailBytes)},
                   {"message", domain::utf8_prefix(details[i].message, kMaxDetailBytes)}});
  }
  if (details.size() > kMaxDetails) {
    out.push_back({{"field", ""},
                   {"message", "and " + std::to_string(details.size() - kMaxDetails) + " more"}});
  }
  return out;
}

}  // namespace

Response error_response(unsigned status, std::string_view code, std::string_view message,
                        const std::vector<FieldError>& details) {
  boost::json::object error{{"code", code}, {"message", message}};
  error["details"] = detail_array(details);
  return json_response(status, boost::json::object{{"error", std::move(error)}});
}

Response api_error_response(const ApiError& error) {
  auto response = error_response(error.status(), error.code(), error.what(), error.details());
  if (error.retry_after) {
    response.set_header("Retry-After", std::to_string(error.retry_after->count()));
  }
  return response;
}

}  // namespace moviedb::http
