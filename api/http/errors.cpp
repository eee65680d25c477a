#include "http/errors.hpp"

#include <boost/json.hpp>

#include "http/json_response.hpp"

namespace moviedb::http {

ApiError::ApiError(unsigned status, std::string code, std::string message,
                   std::vector<FieldError> details)
    : std::runtime_error(message),
      status_(status),
      code_(std::move(code)),
      details_(std::move(details)) {}

Response error_response(unsigned status, std::string_view code, std::string_view message,
                        const std::vector<FieldError>& details) {
  boost::json::array detail_array;
  for (const auto& d : details) {
    detail_array.push_back({{"field", d.field}, {"message", d.message}});
  }
  boost::json::object error{{"code", code}, {"message", message}};
  error["details"] = std::move(detail_array);
  return json_response(status, boost::json::object{{"error", std::move(error)}});
}

}  // namespace moviedb::http
