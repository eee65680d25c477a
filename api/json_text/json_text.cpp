#include "json_text/json_text.hpp"

#include <charconv>
#include <cmath>
#include <string_view>

#include "domain/utf8.hpp"

namespace moviedb::json_text {
namespace json = boost::json;

namespace {

template <class Integer>
void append_integer(std::string& out, Integer value) {
  char buffer[24];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  out.append(buffer, end);
}

// RFC 8259 §7: quote, backslash and control characters must be escaped.
// Text is UTF-8 on the way in, but a message may quote bytes that were not
// (a CSV header, a part name): each ill-formed byte becomes U+FFFD, so no
// answer is ever invalid JSON text (RFC 8259 §8.1).
bool plain(unsigned char byte) {
  return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
}

// One escape, or one UTF-8 sequence (U+FFFD when ill-formed), starting at
// `at`; returns how many bytes of `text` it took.
std::size_t append_special(std::string& out, std::string_view text, std::size_t at) {
  static constexpr char kHex[] = "0123456789abcdef";
  const auto byte = static_cast<unsigned char>(text[at]);
  if (byte >= 0x80) {
    const auto length = domain::utf8_sequence_length(text, at);
    if (length == 0) {
      out += "\\ufffd";
      return 1;
    }
    out.append(text.substr(at, length));
    return length;
  }
  switch (byte) {
    case '"':
      out += "\\\"";
      break;
    case '\\':
      out += "\\\\";
      break;
    case '\n':
      out += "\\n";
      break;
    case '\r':
      out += "\\r";
      break;
    case '\t':
      out += "\\t";
      break;
    case '\b':
      out += "\\b";
      break;
    case '\f':
      out += "\\f";
      break;
    default:
      out += "\\u00";
      out.push_back(kHex[byte >> 4]);
      out.push_back(kHex[byte & 15]);
  }
  return 1;
}

}  // namespace

// Runs of plain characters (most text) are copied at once.
void append_json_string(std::string& out, std::string_view text) {
  out.push_back('"');
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t run = at;
    while (run < text.size() && plain(static_cast<unsigned char>(text[run]))) ++run;
    out.append(text.substr(at, run - at));
    at = run < text.size() ? run + append_special(out, text, run) : run;
  }
  out.push_back('"');
}

namespace {

void append_object(std::string& out, const json::object& object) {
  out.push_back('{');
  bool first = true;
  for (const auto& member : object) {
    if (!first) out.push_back(',');
    first = false;
    append_json_string(out, member.key());
    out.push_back(':');
    append_json(out, member.value());
  }
  out.push_back('}');
}

void append_array(std::string& out, const json::array& array) {
  out.push_back('[');
  bool first = true;
  for (const auto& item : array) {
    if (!first) out.push_back(',');
    first = false;
    append_json(out, item);
  }
  out.push_back(']');
}

}  // namespace

void append_json_number(std::string& out, std::int64_t value) {
  append_integer(out, value);
}

void append_json_number(std::string& out, double value) {
  if (!std::isfinite(value)) {
    out += "null";  // JSON has no infinities; never emitted by valid data
    return;
  }
  char buffer[32];
  const auto end = std::to_chars(buffer, buffer + sizeof buffer, value).ptr;
  const std::string_view text(buffer, end - buffer);
  out += text;
  // Keep a double a double for typed readers (Boost.JSON reads "7" as int64).
  if (text.find_first_of(".e") == std::string_view::npos) out += ".0";
}

void append_json(std::string& out, const json::value& value) {
  switch (value.kind()) {
    case json::kind::null:
      out += "null";
      break;
    case json::kind::bool_:
      out += value.get_bool() ? "true" : "false";
      break;
    case json::kind::int64:
      append_integer(out, value.get_int64());
      break;
    case json::kind::uint64:
      append_integer(out, value.get_uint64());
      break;
    case json::kind::double_:
      append_json_number(out, value.get_double());
      break;
    case json::kind::string:
      append_json_string(out, value.get_string());
      break;
    case json::kind::array:
      append_array(out, value.get_array());
      break;
    case json::kind::object:
      append_object(out, value.get_object());
      break;
  }
}

std::string json_text(const json::value& value) {
  std::string out;
  out.reserve(1024);  // a movie page is about 1.2 KB
  append_json(out, value);
  return out;
}

}  // namespace moviedb::json_text
