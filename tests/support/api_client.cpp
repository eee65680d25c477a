#include "support/api_client.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <cstdlib>
#include <stdexcept>

namespace moviedb::test {

namespace json = boost::json;

std::string ApiResult::error_code() const {
  if (!body.is_object() || !body.as_object().contains("error")) return "";
  return std::string(body.at("error").at("code").as_string());
}

namespace {

// With MOVIEDB_TEST_RESPONSE_LOG set, every exchange is appended there as one
// JSON line for tests/openapi/check_responses.py, which checks each answer
// against the served OpenAPI document. One write(2) per line on an O_APPEND
// file: test processes running side by side never interleave within a line.
void log_exchange(std::string_view method, const std::string& target, const HttpResponse& r) {
  const char* path = std::getenv("MOVIEDB_TEST_RESPONSE_LOG");
  if (!path || !*path) return;
  constexpr std::size_t kMaxBody = 1 << 20;  // larger answers: status and type only
  json::object entry{{"method", method},
                     {"target", target},
                     {"status", r.status},
                     {"content_type", r.header("Content-Type").value_or("")}};
  if (r.body.size() <= kMaxBody) {
    entry["body"] = r.body;
  } else {
    entry["body_omitted"] = true;
  }
  const auto line = json::serialize(entry) + "\n";
  const int fd = ::open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) throw std::runtime_error(std::string("cannot open ") + path);
  const auto written = ::write(fd, line.data(), line.size());
  ::close(fd);
  if (written != static_cast<ssize_t>(line.size())) {
    throw std::runtime_error(std::string("cannot append to ") + path);
  }
}

}  // namespace

ApiResult ApiClient::raw(std::string_view method, const std::string& path, const std::string& body,
                         const std::string& token) const {
  std::vector<std::pair<std::string, std::string>> headers{
      {"Content-Type", "application/json"}};
  if (!token.empty()) headers.emplace_back("Authorization", "Bearer " + token);
  const auto target = path.starts_with('!') ? path.substr(1) : "/api/v1" + path;
  ApiResult result;
  result.raw = http_request(port_, method, target, body, headers);
  log_exchange(method, target, result.raw);
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
