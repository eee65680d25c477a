#include "http/access_log.hpp"

#include <boost/json/value.hpp>
#include <cstdio>

#include "domain/clock.hpp"
#include "json_text/json_text.hpp"

namespace moviedb::http {

void write_access_log(const AccessLogEntry& entry) {
  boost::json::object line{
      {"ts", domain::now_iso()},
      {"event", "request"},
      {"remote", entry.remote},
      {"method", entry.method},
      {"target", entry.target},
      {"status", entry.status},
      {"bytes", entry.bytes},
      {"us", entry.duration.count()},
  };
  auto text = json_text::json_text(line);
  text.push_back('\n');
  // One fwrite per line: stdio locks the stream, so lines never interleave.
  std::fwrite(text.data(), 1, text.size(), stderr);
}

}  // namespace moviedb::http
