#include "state/browse.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace moviedb::client {

namespace {

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}

}  // namespace

const std::vector<SortOption>& sort_options() {
  static const std::vector<SortOption> options{
      {"-imdb_score", "Highest rated"},  {"-imdb_votes", "Most voted"},
      {"-release_year", "Newest first"}, {"title", "Title A–Z"},
      {"-likes", "Most liked"},
  };
  return options;
}

std::string sort_param(const domain::MovieSort& sort) {
  return (sort.descending ? "-" : "") + sort.field;
}

domain::MovieSort sort_from_param(std::string_view param) {
  domain::MovieSort sort;
  sort.descending = !param.empty() && param.front() == '-';
  if (sort.descending) param.remove_prefix(1);
  sort.field = param.empty() ? std::string("imdb_score") : std::string(param);
  return sort;
}

const std::vector<std::string_view>& certification_options() {
  static const std::vector<std::string_view> options{
      "G",    "PG",    "PG-13", "R",     "NC-17", "Not Rated",
      "TV-Y", "TV-Y7", "TV-G",  "TV-PG", "TV-14", "TV-MA",
  };
  return options;
}

net::Query movie_query_params(const domain::MovieQuery& q) {
  net::Query params;
  if (!q.q.empty()) params.emplace_back("q", q.q);
  if (q.type) params.emplace_back("type", *q.type);
  for (const auto& genre : q.genres) params.emplace_back("genre", genre);
  if (q.year_min) params.emplace_back("year_min", std::to_string(*q.year_min));
  if (q.year_max) params.emplace_back("year_max", std::to_string(*q.year_max));
  if (q.score_min) params.emplace_back("score_min", number_text(*q.score_min));
  for (const auto& c : q.certifications) params.emplace_back("certification", c);
  for (const auto& c : q.countries) params.emplace_back("country", c);
  if (!q.person.empty()) params.emplace_back("person", q.person);
  const domain::MovieSort default_sort;
  if (q.sort.field != default_sort.field || q.sort.descending != default_sort.descending) {
    params.emplace_back("sort", sort_param(q.sort));
  }
  return params;
}

bool same_search(const domain::MovieQuery& a, const domain::MovieQuery& b) {
  return movie_query_params(a) == movie_query_params(b);
}

net::Query page_query(const domain::MovieQuery& query, std::int64_t page, std::int64_t page_size) {
  auto params = movie_query_params(query);
  params.emplace_back("page", std::to_string(page));
  params.emplace_back("page_size", std::to_string(page_size));
  return params;
}

bool ResultPages::row_loaded(std::int64_t row) const {
  if (row < 0 || row >= total) return false;
  const auto index = static_cast<std::size_t>(page_of(row) - 1);
  return index < pages.size() && pages[index] == LoadPhase::ready;
}

bool ResultPages::loading() const {
  return std::find(pages.begin(), pages.end(), LoadPhase::loading) != pages.end();
}

bool ResultPages::failed() const {
  return std::find(pages.begin(), pages.end(), LoadPhase::failed) != pages.end();
}

std::int64_t ResultPages::loaded_rows() const {
  std::int64_t n = 0;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    if (pages[i] != LoadPhase::ready) continue;
    const auto first = static_cast<std::int64_t>(i) * kPageSize;
    n += std::clamp<std::int64_t>(total - first, 0, kPageSize);
  }
  return n;
}

std::int64_t ResultPages::find(std::string_view movie_id) const {
  for (std::size_t i = 0; i < rows.size(); ++i) {
    if (rows[i].id == movie_id) return static_cast<std::int64_t>(i);
  }
  return -1;
}

void set_query(BrowseState& state, domain::MovieQuery query, double now, bool debounce) {
  const bool changed = !same_search(state.query, query);
  state.query = std::move(query);
  if (!changed && state.searched) return;
  // A later keystroke pushes the deadline back; an immediate change wins.
  state.search_due = debounce ? now + BrowseState::kDebounceSeconds : std::max(now, 1e-9);
}

bool search_is_due(const BrowseState& state, double now) {
  return state.search_due > 0 && now >= state.search_due;
}

std::uint64_t begin_search(BrowseState& state) {
  state.search_due = 0;
  state.searched = true;
  const auto generation = state.results.generation + 1;
  if (state.results.known) state.previous = std::move(state.results);
  auto& r = state.results;
  r = ResultPages{};
  r.generation = generation;
  r.pages.assign(1, LoadPhase::loading);
  return r.generation;
}

std::vector<std::int64_t> pages_to_load(const ResultPages& results, std::int64_t first,
                                        std::int64_t last, std::size_t max_in_flight) {
  std::vector<std::int64_t> out;
  if (!results.known || results.total <= 0) return out;
  first = std::clamp<std::int64_t>(first, 0, results.reachable_rows());
  last = std::clamp<std::int64_t>(last, first, results.reachable_rows());
  if (first == last) return out;
  std::size_t in_flight = static_cast<std::size_t>(
      std::count(results.pages.begin(), results.pages.end(), LoadPhase::loading));
  for (auto page = results.page_of(first); page <= results.page_of(last - 1); ++page) {
    if (in_flight >= max_in_flight) break;
    const auto index = static_cast<std::size_t>(page - 1);
    if (index >= results.pages.size() || results.pages[index] != LoadPhase::idle) continue;
    out.push_back(page);
    ++in_flight;
  }
  return out;
}

void mark_page_loading(ResultPages& results, std::int64_t page) {
  const auto index = static_cast<std::size_t>(page - 1);
  if (page >= 1 && index < results.pages.size()) results.pages[index] = LoadPhase::loading;
}

bool accept_page(ResultPages& results, std::uint64_t generation, std::int64_t page,
                 domain::Page<domain::Movie> answer) {
  if (generation != results.generation || page < 1) return false;
  const std::int64_t total = std::max<std::int64_t>(0, answer.total);
  if (!results.known || total != results.total || answer.total_exact != results.exact) {
    // The first answer sizes the window; a later one that disagrees (titles
    // added or removed meanwhile, or a deeper page that counted further)
    // resizes it and keeps what is loaded.
    results.known = true;
    results.total = total;
    results.exact = answer.total_exact;
    results.rows.resize(static_cast<std::size_t>(total));
    const auto reachable = results.reachable_rows();
    const auto page_count =
        static_cast<std::size_t>((reachable + ResultPages::kPageSize - 1) / ResultPages::kPageSize);
    results.pages.resize(page_count, LoadPhase::idle);
  }
  const auto index = static_cast<std::size_t>(page - 1);
  if (index >= results.pages.size()) return true;
  const auto first = static_cast<std::size_t>((page - 1) * ResultPages::kPageSize);
  for (std::size_t i = 0; i < answer.items.size() && first + i < results.rows.size(); ++i) {
    results.rows[first + i] = std::move(answer.items[i]);
  }
  results.pages[index] = LoadPhase::ready;
  if (!results.failed()) results.error.clear();
  return true;
}

bool fail_page(ResultPages& results, std::uint64_t generation, std::int64_t page,
               std::string error) {
  if (generation != results.generation) return false;
  const auto index = static_cast<std::size_t>(page - 1);
  if (page >= 1 && index < results.pages.size()) results.pages[index] = LoadPhase::failed;
  results.error = std::move(error);
  return true;
}

bool accept_page(BrowseState& state, std::uint64_t generation, std::int64_t page,
                 domain::Page<domain::Movie> answer) {
  if (!accept_page(state.results, generation, page, std::move(answer))) return false;
  state.previous = ResultPages{};
  return true;
}

bool fail_page(BrowseState& state, std::uint64_t generation, std::int64_t page, std::string error) {
  if (!fail_page(state.results, generation, page, std::move(error))) return false;
  if (!state.results.known) state.previous = ResultPages{};
  return true;
}

const ResultPages& shown_results(const BrowseState& state) {
  const auto& r = state.results;
  if (!r.known && r.loading() && state.previous.known) return state.previous;
  return r;
}

void retry_failed_pages(ResultPages& results) {
  for (auto& phase : results.pages) {
    if (phase == LoadPhase::failed) phase = LoadPhase::idle;
  }
  results.error.clear();
}

}  // namespace moviedb::client
