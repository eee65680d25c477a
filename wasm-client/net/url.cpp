#include "net/url.hpp"

namespace moviedb::client::net {

std::string api_url(std::string_view path, const Query& query) {
  std::string url(path);
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

}  // namespace moviedb::client::net
