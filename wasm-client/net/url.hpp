#pragma once
// Building same-origin API URLs: percent-encoding and query strings.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace moviedb::client::net {

inline constexpr std::string_view kApiPrefix = "/api/v1";

using Query = std::vector<std::pair<std::string, std::string>>;

// RFC 3986 unreserved characters stay, every other byte becomes %XX (UTF-8
// bytes included), so any user text is safe in a path segment or a value.
std::string percent_encode(std::string_view text);

// "/api/v1" + path + "?k=v&…" (no "?" when `query` is empty).
std::string api_url(std::string_view path, const Query& query = {});

// "/movies/" + percent_encode(id) and the like.
std::string api_path(std::string_view collection, std::string_view id, std::string_view tail = {});

}  // namespace moviedb::client::net
