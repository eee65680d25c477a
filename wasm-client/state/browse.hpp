#pragma once
// Search and browse: the query the user builds, the debounce before it runs,
// and a sparse window onto its results that pages through GET /movies as the
// table scrolls. Only the latest search's answers are kept.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/movie.hpp"
#include "domain/movie_query.hpp"
#include "domain/page.hpp"
#include "net/url.hpp"
#include "state/load.hpp"

namespace moviedb::client {

struct SortOption {
  std::string_view param;  // the `sort` value: "-imdb_score"
  std::string_view label;  // what the selector shows
};

// The orders the browse screen offers (the contract's list), default first.
const std::vector<SortOption>& sort_options();
std::string sort_param(const domain::MovieSort& sort);
domain::MovieSort sort_from_param(std::string_view param);

// Certifications offered by the filter (the datasets' values).
const std::vector<std::string_view>& certification_options();

// GET /movies query keys for `query` (filters and sort; paging left out):
// the inverse of the server's domain::parse_movie_query.
net::Query movie_query_params(const domain::MovieQuery& query);

// True when `a` and `b` ask for the same results (paging ignored).
bool same_search(const domain::MovieQuery& a, const domain::MovieQuery& b);

// The results of one search, fetched a page at a time in any order.
struct ResultPages {
  static constexpr std::int64_t kPageSize = 100;  // the API's maximum

  std::uint64_t generation = 0;  // which search these rows belong to
  bool known = false;            // the first page arrived: `total` is real
  std::int64_t total = 0;
  bool exact = true;                // false: more than `total` match (the server stopped counting)
  std::vector<domain::Movie> rows;  // `total` slots; unloaded ones are blank
  std::vector<LoadPhase> pages;     // phase of each page (index = page - 1)
  std::string error;                // the last failure

  std::int64_t page_of(std::int64_t row) const { return row / kPageSize + 1; }
  // Rows the table may ask for: the known ones, and one past them while more
  // match, so scrolling to the end fetches the next page and grows the window.
  std::int64_t reachable_rows() const { return exact ? total : total + 1; }
  bool row_loaded(std::int64_t row) const;
  bool loading() const;  // some page is in flight
  bool failed() const;   // the first page failed, or some later page did
  std::int64_t loaded_rows() const;
  // The row holding `movie_id`, or -1.
  std::int64_t find(std::string_view movie_id) const;
};

struct BrowseState {
  static constexpr double kDebounceSeconds = 0.25;
  static constexpr std::size_t kMaxPagesInFlight = 2;

  domain::MovieQuery query;  // filters and sort the user chose (paging unused)
  double search_due = 0;     // when the pending change should run; 0: none pending
  bool searched = false;     // a search has started at least once
  ResultPages results;
  // The last search that got an answer, shown (dimmed) while a new one waits
  // for its first page, so typing never blanks the table.
  ResultPages previous;
  std::uint64_t focus_search = 0;  // bumps when the search box should take the focus
};

// A changed query: runs after the debounce (typing) or at the next update.
void set_query(BrowseState& state, domain::MovieQuery query, double now, bool debounce);
bool search_is_due(const BrowseState& state, double now);
// A new search: its rows start empty (the last answered search moves to
// `previous`), page 1 becomes loading; returns its generation.
std::uint64_t begin_search(BrowseState& state);
// Pages covering rows [first, last) that are not loaded nor in flight, at most
// so many that no more than `max_in_flight` pages load at once.
std::vector<std::int64_t> pages_to_load(const ResultPages& results, std::int64_t first,
                                        std::int64_t last, std::size_t max_in_flight);
void mark_page_loading(ResultPages& results, std::int64_t page);
// Stores a page of search `generation`; false (nothing changed) when stale.
bool accept_page(ResultPages& results, std::uint64_t generation, std::int64_t page,
                 domain::Page<domain::Movie> answer);
// The same for the browse screen: the first answer also retires `previous`.
bool accept_page(BrowseState& state, std::uint64_t generation, std::int64_t page,
                 domain::Page<domain::Movie> answer);
bool fail_page(ResultPages& results, std::uint64_t generation, std::int64_t page,
               std::string error);
bool fail_page(BrowseState& state, std::uint64_t generation, std::int64_t page, std::string error);
// What the table shows: the current search, or while its first page is on the
// way, the previous one.
const ResultPages& shown_results(const BrowseState& state);
// Failed pages become loadable again.
void retry_failed_pages(ResultPages& results);

// The query for page `page` of `query`.
net::Query page_query(const domain::MovieQuery& query, std::int64_t page, std::int64_t page_size);

}  // namespace moviedb::client
