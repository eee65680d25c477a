#pragma once
// What the server checks on a request's head before anything else sees it:
// the target is printable ASCII, the body's framing is unambiguous, the path
// decodes, and the client's address is known. Apart from the server so the
// fuzzer drives the same code through Beast's parser.
#include <boost/beast/http/message.hpp>
#include <string_view>

#include "http/message.hpp"
#include "http/trusted_proxies.hpp"

namespace moviedb::http {

using RequestHeader = boost::beast::http::request_header<>;

// Request targets are ASCII (RFC 9112 §3.2, RFC 3986); anything else is
// refused before it can reach a message, a log line or a query.
bool printable_ascii(std::string_view text);

// RFC 9112 §6.1 and §6.3: a body whose length is ambiguous would be read as
// the next request (smuggling). Beast frames by "chunked" in the last
// position and ignores other codings, so anything but exactly one
// `Transfer-Encoding: chunked` without Content-Length counts as ambiguous.
bool ambiguous_framing(const RequestHeader& head);

// The request without its body; throws ApiError (400) for a path that does not decode.
Request to_request_head(const RequestHeader& head, std::string_view peer,
                        const TrustedProxies& proxies);

}  // namespace moviedb::http
