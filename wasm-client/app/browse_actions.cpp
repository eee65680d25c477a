// Search and browse: debounced searches, page loads as the table scrolls,
// and the genre facet. Answers to an older search are dropped.
#include "app/built_in_screen.hpp"
#include "app/controller.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

void Controller::on(const SetBrowseQuery& a) {
  set_query(state_.browse, a.query, state_.now, a.debounce);
}

void Controller::on(const ClearFilters&) {
  domain::MovieQuery cleared;
  cleared.q = state_.browse.query.q;  // the search words stay: only filters go
  cleared.sort = state_.browse.query.sort;
  set_query(state_.browse, std::move(cleared), state_.now, false);
}

void Controller::on(const ShowResultRows& a) {
  const auto pages =
      pages_to_load(state_.browse.results, a.first, a.last, BrowseState::kMaxPagesInFlight);
  for (const auto page : pages) load_result_page(page);
}

void Controller::on(const RetrySearch&) {
  auto& results = state_.browse.results;
  if (!results.known) {
    start_search();
  } else {
    retry_failed_pages(results);  // the table asks for them again as it draws
  }
}

void Controller::start_search() {
  begin_search(state_.browse);
  load_result_page(1);
}

void Controller::load_result_page(std::int64_t page) {
  auto& results = state_.browse.results;
  mark_page_loading(results, page);
  const auto generation = results.generation;
  const auto url =
      net::api_url(paths::kMovies, page_query(state_.browse.query, page, ResultPages::kPageSize));
  api_.get(url, [this, generation, page](const net::HttpResponse& response) {
    std::string why;
    auto answer = response.ok() ? net::decode_movie_page(response.body, &why) : std::nullopt;
    if (!answer) {
      fail_page(state_.browse, generation, page, net::failure_text(response, why));
      return;
    }
    accept_page(state_.browse, generation, page, std::move(*answer));
  });
}

void Controller::load_genres() {
  const auto generation = state_.genres.load.begin();
  api_.get(net::api_url(paths::kGenres), [this, generation](const net::HttpResponse& response) {
    auto& genres = state_.genres;
    if (!genres.load.current(generation)) return;
    std::string why;
    auto items = response.ok() ? net::decode_genres(response.body, &why) : std::nullopt;
    if (!items) {
      genres.load.fail(net::failure_text(response, why));
      return;
    }
    genres.items = std::move(*items);
    genres.load.succeed();
  });
}

void Controller::show_browse(bool again) {
  if (again) {
    start_search();
    if (state_.genres.load.phase == LoadPhase::failed) load_genres();
    return;
  }
  if (state_.genres.load.phase == LoadPhase::idle) load_genres();
  if (!state_.browse.searched) start_search();
}

std::unique_ptr<ScreenLogic> make_browse_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_browse);
}

}  // namespace moviedb::client
