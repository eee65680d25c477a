#pragma once
// A response's status line and header fields as the bytes sent before its
// body. Written as one string: building a Beast message (a node per field)
// and walking its serializer took a tenth of a movie page's CPU at 1M titles
// (bench/RESULTS.md).
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace moviedb::http {

// `version` is the request's (10 or 11); `keep_alive` whether the connection
// stays open after this response.
std::string response_head(const Response& response, unsigned version, bool keep_alive);

// The bytes sent after the head: none for HEAD or 304, whose head still
// describes the body.
std::string_view response_body(const Response& response);

}  // namespace moviedb::http
