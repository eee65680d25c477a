#include "net/http_types.hpp"

#include <algorithm>
#include <cctype>

namespace moviedb::client::net {

std::string_view HttpResponse::header(std::string_view name) const {
  const auto same = [name](const Header& h) {
    return h.name.size() == name.size() &&
           std::equal(h.name.begin(), h.name.end(), name.begin(), [](char a, char b) {
             return std::tolower(static_cast<unsigned char>(a)) ==
                    std::tolower(static_cast<unsigned char>(b));
           });
  };
  const auto it = std::find_if(headers.begin(), headers.end(), same);
  return it == headers.end() ? std::string_view() : std::string_view(it->value);
}

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

}  // namespace

std::vector<Header> parse_header_block(std::string_view text) {
  std::vector<Header> headers;
  while (!text.empty()) {
    const auto eol = text.find('\n');
    const std::string_view line = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view() : text.substr(eol + 1);
    const auto colon = line.find(':');
    if (colon == std::string_view::npos || colon == 0) continue;
    headers.push_back(
        {std::string(trim(line.substr(0, colon))), std::string(trim(line.substr(colon + 1)))});
  }
  return headers;
}

}  // namespace moviedb::client::net
