#pragma once
#include <chrono>
#include <cstddef>
#include <string_view>

namespace moviedb::http {

struct AccessLogEntry {
  std::string_view remote;
  std::string_view method;
  std::string_view target;
  unsigned status;
  std::size_t bytes;
  std::chrono::microseconds duration;
};

// One JSON object per line on stderr, so log shippers need no parser of ours.
void write_access_log(const AccessLogEntry& entry);

}  // namespace moviedb::http
