#pragma once
// Lenient field reads for decoding our own wire types (the client trusts the
// server's shape but must not crash on a missing field).
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

namespace moviedb::domain {

std::string read_string(const boost::json::object& object, std::string_view key);
std::optional<std::int64_t> read_int(const boost::json::object& object, std::string_view key);
bool read_bool(const boost::json::object& object, std::string_view key);

}  // namespace moviedb::domain
