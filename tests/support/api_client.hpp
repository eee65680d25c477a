#pragma once
// JSON calls against a running server, with an optional bearer token.
#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "support/http_client.hpp"

namespace moviedb::test {

struct ApiResult {
  int status = 0;
  boost::json::value body;  // null when the body is empty or not JSON
  HttpResponse raw;
  const boost::json::value& operator[](std::string_view key) const {
    return body.as_object().at(key);
  }
  std::string error_code() const;
};

class ApiClient {
 public:
  explicit ApiClient(std::uint16_t port) : port_(port) {}
  // `path` is below /api/v1 unless it starts with '!' (then taken as is).
  ApiResult call(std::string_view method, const std::string& path,
                 const std::optional<boost::json::value>& body = std::nullopt,
                 const std::string& token = "") const;
  ApiResult raw(std::string_view method, const std::string& path, const std::string& body,
                const std::string& token = "") const;
  std::string sign_up(const std::string& username, const std::string& password) const;
  std::string sign_in(const std::string& username, const std::string& password) const;

 private:
  std::uint16_t port_;
};

}  // namespace moviedb::test
