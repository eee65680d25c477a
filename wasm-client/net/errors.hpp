#pragma once
// Turns a failed response into one line a user can act on.
#include <string>

#include "net/http_types.hpp"

namespace moviedb::client::net {

// status 0 → "Cannot reach the server (…)"; otherwise the API's error envelope
// message ({"error": {"message": …}}) when present, else "HTTP <status>".
std::string describe_failure(const HttpResponse& response);

}  // namespace moviedb::client::net
