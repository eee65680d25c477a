#pragma once
// What a request says it can take: a cached copy it already holds
// (If-None-Match, RFC 9110 §13.1.2) and compressed bytes (Accept-Encoding,
// RFC 9110 §12.5.3). Kept API answers and static files answer both the same way.
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace moviedb::http {

// True when the request lists "gzip" (or "*") with a non-zero q-value.
bool accepts_gzip(const Request& request);

// True when If-None-Match names `etag` (weak comparison: W/ is ignored) or is "*".
bool etag_matches(const Request& request, std::string_view etag);

// gzip (RFC 1952) of `bytes`; the kept answers compress once, serve many times.
std::string gzip(std::string_view bytes);

}  // namespace moviedb::http
