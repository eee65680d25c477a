#pragma once
// Building same-origin API URLs: a path of domain/api_paths.hpp (its
// captures filled with fill_path) and a query string.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "domain/api_paths.hpp"

namespace moviedb::client::net {

using Query = std::vector<std::pair<std::string, std::string>>;

// RFC 3986 unreserved characters stay, every other byte becomes %XX.
using domain::paths::percent_encode;

// path + "?k=v&…" (no "?" when `query` is empty), keys and values encoded.
std::string api_url(std::string_view path, const Query& query = {});

}  // namespace moviedb::client::net
