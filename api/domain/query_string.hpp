#pragma once
// Percent-decoding and query strings, for the server's requests and the
// client's own addresses (#/browse?q=…) alike.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace moviedb::domain {

using QueryParams = std::vector<std::pair<std::string, std::string>>;

// nullopt for a malformed escape, an encoded NUL or bytes that are not UTF-8:
// such a request is a 400.
std::optional<std::string> percent_decode(std::string_view text, bool plus_is_space);

// Keeps repeated keys in order (`genre=a&genre=b` means either); nullopt when
// any part is malformed.
std::optional<QueryParams> parse_query(std::string_view query);

}  // namespace moviedb::domain
