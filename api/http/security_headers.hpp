#pragma once
#include "http/message.hpp"

namespace moviedb::http {

// Adds the headers every response carries: a CSP strict enough that only our
// own script and WebAssembly run, and the usual anti-sniffing/framing set.
void add_security_headers(Response& response);

}  // namespace moviedb::http
