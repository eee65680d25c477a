#pragma once
// How numbers, money, dates and a title's facts read in the UI. Plain C++
// (compiled natively and tested).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/movie.hpp"
#include "net/wire.hpp"

namespace moviedb::client::ui {

std::string thousands(std::int64_t n);  // 1234567 → "1,234,567"
std::string count_of(std::int64_t n, std::string_view one, std::string_view many);  // "3 titles"
// "10,000+ titles" when `exact` is false: more than n.
std::string count_of(std::int64_t n, bool exact, std::string_view one, std::string_view many);
std::string thousands(std::int64_t n, bool exact);  // "10,000+" when not exact
// The digits alone, "10000+" when not exact: the test bridge's texts.
std::string bare_count(std::int64_t n, bool exact);
std::string money(std::int64_t dollars);  // "$1.2 M", "$850 K", "$2.79 B"
std::string score(double value);          // 8.5 → "8.5"
std::string join(const std::vector<std::string>& items, std::string_view separator = ", ");
std::string day_of(std::string_view iso_time);  // "2024-03-05T…" → "2024-03-05"
std::string type_label(std::string_view type);  // MOVIE → "Movie", SHOW → "Show"
// "1979 · Movie · 117 min · R · 2 seasons" (missing facts are left out).
std::string facts_line(const domain::Movie& movie);
// "Horror, Sci-Fi" capitalised as stored ("drama" → "Drama").
std::string genre_label(std::string_view genre);
std::string genre_list(const std::vector<std::string>& genres);  // "Horror, Sci-fi"
// "on shard-b, chunk {…} to {…} · its credits on shard-a", or the server's note.
std::string location_text(const net::DocumentLocation& where);

}  // namespace moviedb::client::ui
