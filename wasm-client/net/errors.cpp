#include "net/errors.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

namespace moviedb::client::net {

namespace {

std::string envelope_message(const std::string& body) {
  boost::system::error_code ec;
  const auto value = boost::json::parse(body, ec);
  if (ec) return {};
  const auto* root = value.if_object();
  const auto* error = root ? root->if_contains("error") : nullptr;
  const auto* error_object = error ? error->if_object() : nullptr;
  const auto* message = error_object ? error_object->if_contains("message") : nullptr;
  const auto* text = message ? message->if_string() : nullptr;
  return text ? std::string(*text) : std::string();
}

}  // namespace

std::string describe_failure(const HttpResponse& response) {
  if (response.status == 0) {
    return "Cannot reach the server (" +
           (response.error.empty() ? std::string("network error") : response.error) + ")";
  }
  std::string message = envelope_message(response.body);
  std::string line = "HTTP " + std::to_string(response.status);
  if (!message.empty()) line += ": " + message;
  return line;
}

}  // namespace moviedb::client::net
