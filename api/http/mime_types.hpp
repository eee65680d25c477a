#pragma once
#include <string_view>

namespace moviedb::http {

// Content type for a file name's extension; unknown types are served as bytes
// so the browser never guesses (we also send nosniff).
std::string_view mime_type_for(std::string_view file_name);

}  // namespace moviedb::http
