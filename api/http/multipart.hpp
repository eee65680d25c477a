#pragma once
// multipart/form-data bodies (browsers' file uploads): the parts by name.
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace moviedb::http {

// The boundary named in a Content-Type header, if it is multipart/form-data.
std::optional<std::string> multipart_boundary(std::string_view content_type);

// Part name → content (views into `body`); nullopt when the body is malformed.
std::optional<std::map<std::string, std::string_view, std::less<>>> parse_multipart(
    std::string_view body, std::string_view boundary);

}  // namespace moviedb::http
