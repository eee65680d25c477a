#include "support/api_client.hpp"

#include <boost/json.hpp>
#include <stdexcept>

namespace moviedb::test {

namespace json = boost::json;

std::string ApiResult::error_code() const {
  if (!body.is_object() || !body.as_object().contains("error")) return "";
  return std::string(body.at("error").at("code").as_string());
}

ApiResult ApiClient::raw(std::string_view method, const std::string& path, const std::string& body,
                         const std::string& token) const {
  std::vector<std::pair<std::string, std::string>> headers{
      {"Content-Type", "application/json"}};
  if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
  const auto target = path.starts_with('!') ? path.substr(1) : "/api/v1" + path;
  ApiResult result;
  result.raw = http_request(port_, method, target, body, headers);
  result.status = result.raw.status;
  boost::system::error_code ec;
  auto parsed = json::parse(result.raw.body, ec);
  if (!ec) result.body = std::move(parsed);
  return result;
}

ApiResult ApiClient::call(std::string_view method, const std::string& path,
                          const std::optional<json::value>& body, const std::string& token) const {
  return raw(method, path, body ? json::serialize(*body) : "", token);
}

std::string ApiClient::sign_up(const std::string& username, const std::string& password) const {
  const auto r = call("POST", "/auth/register", json::object{{"username", username},
                                                              {"password", password}});
  if (r.status != 201) throw std::runtime_error("register failed: " + r.raw.body);
  return std::string(r["token"].as_string());
}

std::string ApiClient::sign_in(const std::string& username, const std::string& password) const {
  const auto r = call("POST", "/auth/login", json::object{{"username", username},
                                                           {"password", password}});
  if (r.status != 200) throw std::runtime_error("login failed: " + r.raw.body);
  return std::string(r["token"].as_string());
}

}  // namespace moviedb::test
