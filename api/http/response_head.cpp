#include "http/response_head.hpp"

#include <boost/beast/http/status.hpp>
#include <charconv>

#include "moviedb/version.hpp"

namespace moviedb::http {

namespace {

const std::string& server_field() {
  static const std::string field = "Server: moviedb/" + std::string(kVersion) + "\r\n";
  return field;
}

void append_number(std::string& out, std::size_t value) {
  char digits[24];
  const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
  out.append(digits, end);
}

// A line break inside a value would start a field of the value's choosing
// (response splitting); ours never hold one, and none is ever sent.
void append_field(std::string& out, std::string_view name, std::string_view value) {
  out += name;
  out += ": ";
  for (const char c : value) out.push_back(c == '\r' || c == '\n' ? ' ' : c);
  out += "\r\n";
}

// RFC 9110 8.6: never in a 204, and in a 304 only as the 200's length, which
// a 304 made from a kept answer's ETag does not know.
bool has_content_length(unsigned status) {
  return status != 204 && status != 304;
}

}  // namespace

std::string response_head(const Response& response, unsigned version, bool keep_alive) {
  std::string head;
  head.reserve(768);  // the security headers alone are about 500 bytes
  head += version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ";
  append_number(head, response.status);
  head.push_back(' ');
  head +=
      boost::beast::http::obsolete_reason(static_cast<boost::beast::http::status>(response.status));
  head += "\r\n";
  head += server_field();
  if (!response.content_type.empty()) append_field(head, "Content-Type", response.content_type);
  for (const auto& [name, value] : response.headers) append_field(head, name, value);
  head += response.fixed_fields;
  if (has_content_length(response.status)) {
    head += "Content-Length: ";
    append_number(head, response.payload().size());
    head += "\r\n";
  }
  // HTTP/1.1 keeps connections open unless told; HTTP/1.0 closes them unless told.
  if (version == 10 && keep_alive) head += "Connection: keep-alive\r\n";
  if (version != 10 && !keep_alive) head += "Connection: close\r\n";
  head += "\r\n";
  return head;
}

std::string_view response_body(const Response& response) {
  if (response.omit_body || response.status == 304) return {};
  return response.payload();
}

}  // namespace moviedb::http
