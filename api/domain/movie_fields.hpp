#pragma once
// One table describes every movie field: its JSON name, its member, whether
// clients may write it and its limits. JSON output, JSON input, validation and
// the stores' column lists all walk this table, so a new field is one line.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/movie.hpp"

namespace moviedb::domain {

using MovieMember =
    std::variant<std::string Movie::*, std::optional<int> Movie::*,
                 std::optional<std::int64_t> Movie::*, std::optional<double> Movie::*,
                 std::vector<std::string> Movie::*, std::int64_t Movie::*>;

struct MovieField {
  std::string_view name;
  MovieMember member;
  bool writable;      // false: maintained by the server (counters, timestamps, version)
  double min = 0;     // numbers: inclusive range
  double max = 0;
  std::size_t max_length = 0;  // strings: bytes; lists: items (each item ≤ 80 bytes)
};

inline constexpr std::size_t kListItemMaxLength = 80;

const std::vector<MovieField>& movie_fields();
const MovieField* find_movie_field(std::string_view name);

// Calls `visit(name, value)` for each field of `movie` in the table's order:
// the one naming and order of a movie in JSON, whoever writes it (a
// Boost.JSON value in movie.cpp, text in json_text/movie_json.hpp).
template <class Visit>
void for_each_movie_member(const Movie& movie, Visit&& visit) {
  for (const auto& field : movie_fields()) {
    std::visit([&](auto member) { visit(field.name, movie.*member); }, field.member);
  }
}

}  // namespace moviedb::domain
