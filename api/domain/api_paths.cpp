#include "domain/api_paths.hpp"

namespace moviedb::domain::paths {

std::string percent_encode(std::string_view text) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  out.reserve(text.size());
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    const bool unreserved = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' || c == '~';
    if (unreserved) {
      out.push_back(ch);
    } else {
      out.push_back('%');
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 0x0F]);
    }
  }
  return out;
}

std::string fill_path(std::string_view path, std::initializer_list<std::string_view> values) {
  std::string out;
  auto value = values.begin();
  while (!path.empty()) {
    const auto open = path.find('{');
    const auto close = path.find('}', open);
    if (open == std::string_view::npos || close == std::string_view::npos ||
        value == values.end()) {
      out += path;
      break;
    }
    out += path.substr(0, open);
    out += percent_encode(*value++);
    path.remove_prefix(close + 1);
  }
  return out;
}

}  // namespace moviedb::domain::paths
