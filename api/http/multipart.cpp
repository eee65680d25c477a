#include "http/multipart.hpp"

#include "http/message.hpp"

namespace moviedb::http {

std::optional<std::string> multipart_boundary(std::string_view content_type) {
  constexpr std::string_view kType = "multipart/form-data";
  if (content_type.size() < kType.size() || !iequals(content_type.substr(0, kType.size()), kType)) {
    return std::nullopt;
  }
  const auto at = content_type.find("boundary=");
  if (at == std::string_view::npos) return std::nullopt;
  auto boundary = content_type.substr(at + 9);
  boundary = boundary.substr(0, boundary.find(';'));
  if (boundary.size() >= 2 && boundary.front() == '"' && boundary.back() == '"') {
    boundary = boundary.substr(1, boundary.size() - 2);
  }
  if (boundary.empty() || boundary.size() > 70) return std::nullopt;
  return std::string(boundary);
}

namespace {

// The name="…" of a part's Content-Disposition header block.
std::optional<std::string> part_name(std::string_view headers) {
  const auto at = headers.find("name=\"");
  if (at == std::string_view::npos) return std::nullopt;
  const auto end = headers.find('"', at + 6);
  if (end == std::string_view::npos) return std::nullopt;
  return std::string(headers.substr(at + 6, end - at - 6));
}

}  // namespace

std::optional<std::map<std::string, std::string_view, std::less<>>> parse_multipart(
    std::string_view body, std::string_view boundary) {
  const std::string delimiter = "--" + std::string(boundary);
  std::map<std::string, std::string_view, std::less<>> parts;
  auto at = body.find(delimiter);
  if (at == std::string_view::npos) return std::nullopt;
  for (;;) {
    at += delimiter.size();
    if (body.substr(at, 2) == "--") return parts;  // closing delimiter
    if (body.substr(at, 2) != "\r\n") return std::nullopt;
    const auto headers_end = body.find("\r\n\r\n", at + 2);
    if (headers_end == std::string_view::npos) return std::nullopt;
    const auto name = part_name(body.substr(at + 2, headers_end - at - 2));
    const auto content_start = headers_end + 4;
    const auto next = body.find("\r\n" + delimiter, content_start);
    if (!name || next == std::string_view::npos) return std::nullopt;
    parts[*name] = body.substr(content_start, next - content_start);
    at = next + 2;
  }
}

}  // namespace moviedb::http
