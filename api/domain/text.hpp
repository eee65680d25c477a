#pragma once
// Small text helpers shared by validation, search and import.
#include <string>
#include <string_view>
#include <vector>

namespace moviedb::domain {

std::string trim(std::string_view text);
std::string ascii_lower(std::string_view text);
std::string ascii_upper(std::string_view text);
// "10", "0.5", "1e+13" without trailing zeros, for messages.
std::string format_number(double value);
// Lower-case words for search: letters and digits (any non-ASCII byte counts
// as a letter, so accented words stay whole), accents folded for Latin-1.
std::vector<std::string> search_words(std::string_view text);
// URL- and id-safe slug: "Star Wars: Episode IV" → "star-wars-episode-iv".
std::string slug(std::string_view text);

}  // namespace moviedb::domain
