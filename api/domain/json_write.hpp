#pragma once
// Members of our wire types written into a Boost.JSON object, one overload per
// field type: an empty optional is written as null. Shared by every type whose
// members are walked (domain::for_each_movie_member, for_each_credit_member).
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace moviedb::domain {

inline void put(boost::json::object& out, std::string_view name, const std::string& value) {
  out[name] = value;
}
inline void put(boost::json::object& out, std::string_view name, std::int64_t value) {
  out[name] = value;
}
inline void put(boost::json::object& out, std::string_view name,
                const std::vector<std::string>& values) {
  boost::json::array array;
  for (const auto& v : values) array.emplace_back(v);
  out[name] = std::move(array);
}
template <class T>
void put(boost::json::object& out, std::string_view name, const std::optional<T>& value) {
  if (value) {
    out[name] = *value;
  } else {
    out[name] = nullptr;
  }
}

}  // namespace moviedb::domain
