#pragma once
// The titles table shared by browse, catalog and recommendations: virtualised
// with ImGuiListClipper (only visible rows are laid out, so thousands of rows
// cost what a screenful costs), rows not loaded yet drawn as placeholders,
// a click or Enter on a row opens the title. On a phone (ViewContext::compact)
// the rows are cards: the title on a line of its own, its facts below.
//
// Bridge: each visible row is the item "<key>.row.<index>" and its title the
// text "<key>.row.<index>"; "<key>.rows" is the number of rows; "tooltip" is
// the full title shown over a hovered row whose title was cut.
#include <cstdint>
#include <functional>
#include <string_view>

#include "domain/movie.hpp"
#include "views/view.hpp"

namespace moviedb::client::views {

struct MovieTableOptions {
  bool rank = false;  // a "#" column (catalog)
  bool genres = true;
  bool likes = true;
  // A "Why" column with this text per row (recommendations).
  std::function<std::string_view(std::int64_t)> reason;
  float height = 0.0f;  // 0: fill the remaining space
};

struct VisibleRows {
  std::int64_t first = 0;
  std::int64_t last = 0;  // one past the last row drawn
};

// `row(i)` is the movie in row i, or nullptr while it loads.
VisibleRows movie_table(std::string_view key, std::int64_t count,
                        const std::function<const domain::Movie*(std::int64_t)>& row,
                        const MovieTableOptions& options, const ViewContext& ctx);

}  // namespace moviedb::client::views
