#include "http/access_log.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <cstdio>
#include <ctime>

namespace moviedb::http {

namespace {

std::string utc_now() {
  const auto now = std::chrono::system_clock::now();
  const auto seconds = std::chrono::system_clock::to_time_t(now);
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
  std::tm tm{};
  gmtime_r(&seconds, &tm);
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, int(millis));
  return buffer;
}

}  // namespace

void write_access_log(const AccessLogEntry& entry) {
  boost::json::object line{
      {"ts", utc_now()},
      {"event", "request"},
      {"remote", entry.remote},
      {"method", entry.method},
      {"target", entry.target},
      {"status", entry.status},
      {"bytes", entry.bytes},
      {"us", entry.duration.count()},
  };
  auto text = boost::json::serialize(line);
  text.push_back('\n');
  // One fwrite per line: stdio locks the stream, so lines never interleave.
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace moviedb::http
