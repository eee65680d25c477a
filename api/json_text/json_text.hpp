#pragma once
// The one way the server writes JSON. Boost.JSON 1.81 prints every double in
// scientific form ("9.2E0"): valid, but not what a person or a REST client
// expects. Here numbers take their shortest round-trip form ("9.2", "7.0").
// Server-only: Emscripten 3.1.6's libc++ has no floating-point std::to_chars.
#include <boost/json/value.hpp>
#include <cstdint>
#include <string>
#include <string_view>

namespace moviedb::json_text {

std::string json_text(const boost::json::value& value);
void append_json(std::string& out, const boost::json::value& value);
// A double as JSON writes it ("9.2", "7.0"; non-finite → "null").
void append_json_number(std::string& out, double value);
void append_json_number(std::string& out, std::int64_t value);
// A JSON string: quoted, escaped, ill-formed UTF-8 bytes as U+FFFD.
void append_json_string(std::string& out, std::string_view text);

}  // namespace moviedb::json_text
