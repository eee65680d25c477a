#pragma once
#include <chrono>
#include <string>

namespace moviedb::domain {

// UTC timestamps as ISO 8601 with milliseconds: they sort as text in every store.
std::string iso_time(std::chrono::system_clock::time_point at);
inline std::string now_iso() { return iso_time(std::chrono::system_clock::now()); }

}  // namespace moviedb::domain
