#include "net/errors.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>
#include <charconv>

#include "domain/json_read.hpp"

namespace moviedb::client::net {

namespace {

const boost::json::object* envelope(const boost::json::value& value) {
  const auto* root = value.if_object();
  const auto* error = root ? root->if_contains("error") : nullptr;
  return error ? error->if_object() : nullptr;
}

std::string no_answer(const HttpResponse& response) {
  return "Cannot reach the server (" +
         (response.error.empty() ? std::string("network error") : response.error) + ")";
}

}  // namespace

std::string ApiError::detail_for(std::string_view field) const {
  for (const auto& d : details) {
    if (d.field == field) return d.message;
  }
  return {};
}

std::optional<int> parse_retry_after(std::string_view value) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  int seconds = 0;
  const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), seconds);
  if (value.empty() || ec != std::errc{} || end != value.data() + value.size() || seconds < 0) {
    return std::nullopt;
  }
  return seconds;
}

ApiError parse_api_error(const HttpResponse& response) {
  ApiError error;
  error.status = response.status;
  if (response.status == 0) {
    error.code = "network";
    error.message = no_answer(response);
    return error;
  }
  boost::system::error_code ec;
  const auto value = boost::json::parse(response.body, ec);
  if (const auto* e = ec ? nullptr : envelope(value)) {
    error.code = domain::read_string(*e, "code");
    error.message = domain::read_string(*e, "message");
    if (const auto* details = e->if_contains("details"); details && details->is_array()) {
      for (const auto& d : details->get_array()) {
        if (const auto* o = d.if_object()) {
          error.details.push_back(
              {domain::read_string(*o, "field"), domain::read_string(*o, "message")});
        }
      }
    }
  }
  if (error.message.empty()) error.message = "HTTP " + std::to_string(response.status);
  if (response.status == 429 || response.status == 503) {
    error.retry_after_seconds = parse_retry_after(response.header("Retry-After"));
  }
  return error;
}

std::string failure_text(const HttpResponse& response, const std::string& decode_error) {
  return response.ok() ? decode_error : parse_api_error(response).message;
}

std::string describe_failure(const HttpResponse& response) {
  if (response.status == 0) return no_answer(response);
  boost::system::error_code ec;
  const auto value = boost::json::parse(response.body, ec);
  const auto* e = ec ? nullptr : envelope(value);
  const std::string message = e ? domain::read_string(*e, "message") : std::string();
  std::string line = "HTTP " + std::to_string(response.status);
  if (!message.empty()) line += ": " + message;
  return line;
}

}  // namespace moviedb::client::net
