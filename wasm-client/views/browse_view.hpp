#pragma once
// Search and browse: the search box (search-as-you-type), the sort order,
// the filters, and the virtualised results table paging through GET /movies.
// On a phone (ViewContext::compact) the filters are a sheet over the results.
//
// Bridge items: browse.search, browse.sort (choices sort.<param>),
// browse.retry, on a phone browse.filters / browse.filters.close, browse.row.<i> (see
// movie_table.hpp), the filters' (filters_panel.hpp). Texts: browse.status (searching | ready |
// empty | failed), browse.count (total), browse.query (the words searched), browse.error,
// browse.row.<i> (titles of visible rows).
#include <cstdint>
#include <string>

#include "views/filters_panel.hpp"
#include "views/view.hpp"

namespace moviedb::client::views {

class BrowseView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  void draw_compact(const AppState& state, const ViewContext& ctx);
  void search_row(const AppState& state, const ViewContext& ctx);
  void results(const AppState& state, const ViewContext& ctx);

  FiltersPanel filters_;
  std::string search_;
  bool search_active_ = false;
  bool filters_open_ = false;  // on a phone: the filters sheet is shown
  std::uint64_t focus_seen_ = 0;
  std::uint64_t generation_shown_ = 0;
};

}  // namespace moviedb::client::views
