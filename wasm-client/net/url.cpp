#include "net/url.hpp"

namespace moviedb::client::net {

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

std::string api_url(std::string_view path, const Query& query) {
  std::string url(kApiPrefix);
  url += path;
  char separator = '?';
  for (const auto& [key, value] : query) {
    url.push_back(separator);
    url += percent_encode(key);
    url.push_back('=');
    url += percent_encode(value);
    separator = '&';
  }
  return url;
}

std::string api_path(std::string_view collection, std::string_view id, std::string_view tail) {
  std::string path("/");
  path += collection;
  path.push_back('/');
  path += percent_encode(id);
  path += tail;
  return path;
}

}  // namespace moviedb::client::net
