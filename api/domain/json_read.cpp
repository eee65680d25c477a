#include "domain/json_read.hpp"

#include <boost/json.hpp>

namespace moviedb::domain {

std::string read_string(const boost::json::object& object, std::string_view key) {
  const auto* v = object.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

std::optional<std::int64_t> read_int(const boost::json::object& object, std::string_view key) {
  const auto* v = object.if_contains(key);
  if (!v || !v->is_number()) return std::nullopt;
  boost::system::error_code ec;
  const auto n = v->to_number<std::int64_t>(ec);
  return ec ? std::nullopt : std::optional(n);
}

bool read_bool(const boost::json::object& object, std::string_view key) {
  const auto* v = object.if_contains(key);
  return v && v->is_bool() && v->get_bool();
}

}  // namespace moviedb::domain
