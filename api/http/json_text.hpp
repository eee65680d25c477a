#pragma once
// The one way the server writes JSON. Boost.JSON 1.81 prints every double in
// scientific form ("9.2E0"): valid, but not what a person or a REST client
// expects. Here numbers take their shortest round-trip form ("9.2", "7.0").
// Server-only: Emscripten 3.1.6's libc++ has no floating-point std::to_chars.
#include <boost/json/value.hpp>
#include <string>

namespace moviedb::http {

std::string json_text(const boost::json::value& value);
void append_json(std::string& out, const boost::json::value& value);
// A double as JSON writes it ("9.2", "7.0"; non-finite → "null").
void append_json_number(std::string& out, double value);

}  // namespace moviedb::http
