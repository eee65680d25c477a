// Search and browse: the query the client sends (checked against the
// server's own parser), debouncing, stale answers, and paging as the table
// scrolls.
#include "state/browse.hpp"

#include <gtest/gtest.h>

#include "domain/movie_query.hpp"
#include "tests/controller_fixture.hpp"

namespace moviedb::client {
namespace {

using testing::ControllerFixture;
using testing::movie_json;

domain::QueryParams as_params(const net::Query& query) {
  return domain::QueryParams(query.begin(), query.end());
}

std::string page_json(std::int64_t page, std::int64_t count, std::int64_t total,
                      const std::string& prefix = "m", bool exact = true) {
  std::string items;
  for (std::int64_t i = 0; i < count; ++i) {
    const auto n = (page - 1) * ResultPages::kPageSize + i;
    if (!items.empty()) items += ",";
    items += movie_json(prefix + std::to_string(n), "Title " + std::to_string(n));
  }
  return R"({"items":[)" + items + R"(],"page":)" + std::to_string(page) +
         R"(,"page_size":100,"total":)" + std::to_string(total) + R"(,"total_exact":)" +
         (exact ? "true" : "false") + "}";
}

TEST(MovieQueryParams, EveryFilterParsesOnTheServerToTheSameQuery) {
  domain::MovieQuery q;
  q.q = "star wa";
  q.type = "SHOW";
  q.genres = {"drama", "sci-fi"};
  q.year_min = 1970;
  q.year_max = 1999;
  q.score_min = 7.5;
  q.certifications = {"PG-13"};
  q.countries = {"GB", "US"};  // the server sorts "any of" lists
  q.person = "harrison ford";
  q.sort = sort_from_param("-release_year");

  const auto parsed = domain::parse_movie_query(as_params(page_query(q, 3, 100)));
  EXPECT_EQ(parsed.q, q.q);
  EXPECT_EQ(parsed.type, q.type);
  EXPECT_EQ(parsed.genres, q.genres);
  EXPECT_EQ(parsed.year_min, q.year_min);
  EXPECT_EQ(parsed.year_max, q.year_max);
  EXPECT_EQ(parsed.score_min, q.score_min);
  EXPECT_EQ(parsed.certifications, q.certifications);
  EXPECT_EQ(parsed.countries, q.countries);
  EXPECT_EQ(parsed.person, q.person);
  EXPECT_EQ(parsed.sort.field, "release_year");
  EXPECT_TRUE(parsed.sort.descending);
  EXPECT_EQ(parsed.page, 3);
  EXPECT_EQ(parsed.page_size, 100);
}

TEST(MovieQueryParams, DefaultsAreLeftOutAndEverySortOptionIsAccepted) {
  EXPECT_TRUE(movie_query_params(domain::MovieQuery{}).empty());
  for (const auto& option : sort_options()) {
    domain::MovieQuery q;
    q.sort = sort_from_param(option.param);
    EXPECT_EQ(sort_param(q.sort), option.param);
    EXPECT_NO_THROW(domain::parse_movie_query(as_params(movie_query_params(q)))) << option.param;
  }
}

TEST(ResultPagesTest, AcceptsPagesInAnyOrderAndDropsStaleOnes) {
  BrowseState browse;
  const auto first = begin_search(browse);
  auto& r = browse.results;
  EXPECT_TRUE(r.loading());
  const auto second = begin_search(browse);
  EXPECT_FALSE(accept_page(r, first, 1, {{}, 1, 100, 5}));
  EXPECT_FALSE(r.known) << "an older search's answer is dropped";

  domain::Page<domain::Movie> page1;
  page1.items.resize(100);
  page1.items[0].id = "a";
  page1.total = 250;
  ASSERT_TRUE(accept_page(r, second, 1, page1));
  EXPECT_TRUE(r.known);
  EXPECT_EQ(r.total, 250);
  EXPECT_EQ(r.rows.size(), 250u);
  EXPECT_EQ(r.pages.size(), 3u);
  EXPECT_TRUE(r.row_loaded(99));
  EXPECT_FALSE(r.row_loaded(100));
  EXPECT_EQ(r.find("a"), 0);

  EXPECT_EQ(pages_to_load(r, 90, 260, 2), (std::vector<std::int64_t>{2, 3}));
  mark_page_loading(r, 3);
  EXPECT_EQ(pages_to_load(r, 90, 260, 2), (std::vector<std::int64_t>{2}));
  EXPECT_EQ(pages_to_load(r, 0, 50, 2), (std::vector<std::int64_t>{}));
  mark_page_loading(r, 2);
  EXPECT_TRUE(pages_to_load(r, 90, 260, 2).empty()) << "no more than two in flight";

  domain::Page<domain::Movie> page3;
  page3.items.resize(50);
  page3.items[49].id = "last";
  page3.total = 250;
  ASSERT_TRUE(accept_page(r, second, 3, page3));
  EXPECT_EQ(r.find("last"), 249);
  EXPECT_TRUE(fail_page(r, second, 2, "boom"));
  EXPECT_TRUE(r.failed());
  EXPECT_EQ(r.error, "boom");
  EXPECT_TRUE(pages_to_load(r, 100, 200, 2).empty()) << "a failed page waits for Retry";
  retry_failed_pages(r);
  EXPECT_EQ(pages_to_load(r, 100, 200, 2), (std::vector<std::int64_t>{2}));
  EXPECT_EQ(r.loaded_rows(), 150);
}

class BrowseTest : public ControllerFixture {
 protected:
  void open_browse() {
    start();
    act(Navigate{Screen::browse});
    frame();
    reply("/api/v1/genres", 200, R"({"items":[{"genre":"Drama","count":10}]})");
    reply("/api/v1/movies", 200, page_json(1, 100, 3201));
  }
};

TEST_F(BrowseTest, ShowingBrowseLoadsGenresAndTheFirstPage) {
  open_browse();
  EXPECT_EQ(state.genres.items.size(), 1u);
  EXPECT_EQ(transport.started[index_of("/api/v1/movies")].second.url,
            "/api/v1/movies?page=1&page_size=100");
  EXPECT_EQ(state.browse.results.total, 3201);
  EXPECT_EQ(state.browse.results.pages.size(), 33u);
}

TEST_F(BrowseTest, TypingIsDebouncedIntoOneSearch) {
  open_browse();
  const auto before = count("/api/v1/movies");
  domain::MovieQuery q = state.browse.query;
  for (const char* text : {"a", "al", "ali", "alie"}) {
    q.q = text;
    act(SetBrowseQuery{q, true});
    frame(0.1);
  }
  EXPECT_EQ(count("/api/v1/movies"), before) << "still typing";
  frame(0.3);
  EXPECT_EQ(count("/api/v1/movies"), before + 1);
  EXPECT_EQ(transport.last().url, "/api/v1/movies?q=alie&page=1&page_size=100");
  frame(1.0);
  EXPECT_EQ(count("/api/v1/movies"), before + 1);
}

TEST_F(BrowseTest, AnOlderSearchAnsweringLateIsIgnored) {
  open_browse();
  domain::MovieQuery q;
  q.q = "al";
  act(SetBrowseQuery{q, false});
  frame();
  const auto slow = index_of("/api/v1/movies?q=al&");
  q.q = "alien";
  act(SetBrowseQuery{q, false});
  frame();
  const auto fast = index_of("/api/v1/movies?q=alien");
  transport.answer_at(fast, 200, page_json(1, 3, 3, "alien"));
  frame();
  transport.answer_at(slow, 200, page_json(1, 40, 40, "al"));
  frame();
  EXPECT_EQ(state.browse.results.total, 3);
  EXPECT_EQ(state.browse.results.rows[0].id, "alien0");
}

TEST_F(BrowseTest, ThePreviousResultsStayUpUntilTheNewSearchAnswers) {
  open_browse();
  domain::MovieQuery q;
  q.q = "heat";
  act(SetBrowseQuery{q, false});
  frame();
  EXPECT_FALSE(state.browse.results.known);
  EXPECT_EQ(&shown_results(state.browse), &state.browse.previous);
  EXPECT_EQ(shown_results(state.browse).total, 3201);
  reply("/api/v1/movies?q=heat", 200, page_json(1, 2, 2, "heat"));
  EXPECT_EQ(&shown_results(state.browse), &state.browse.results);
  EXPECT_FALSE(state.browse.previous.known);
  EXPECT_EQ(shown_results(state.browse).total, 2);
}

TEST_F(BrowseTest, FilterChangesSearchAtOnceAndClearKeepsTheWords) {
  open_browse();
  domain::MovieQuery q;
  q.q = "war";
  q.genres = {"drama"};
  q.score_min = 8;
  act(SetBrowseQuery{q, false});
  frame();
  EXPECT_EQ(transport.last().url,
            "/api/v1/movies?q=war&genre=drama&score_min=8&page=1&page_size=100");
  act(ClearFilters{});
  frame();
  EXPECT_EQ(transport.last().url, "/api/v1/movies?q=war&page=1&page_size=100");
  EXPECT_TRUE(state.browse.query.genres.empty());
}

TEST_F(BrowseTest, ScrollingLoadsTheVisiblePages) {
  open_browse();
  act(ShowResultRows{1500, 1530});
  EXPECT_EQ(transport.last().url, "/api/v1/movies?page=16&page_size=100");
  act(ShowResultRows{1500, 1530});
  EXPECT_EQ(count("/api/v1/movies?page=16"), 1u) << "asked once while in flight";
  reply("/api/v1/movies?page=16", 200, page_json(16, 100, 3201));
  EXPECT_TRUE(state.browse.results.row_loaded(1510));
  EXPECT_EQ(state.browse.results.rows[1510].id, "m1510");
}

TEST_F(BrowseTest, ACountThatStoppedGrowsAsTheTableScrollsPastIt) {
  start();
  act(Navigate{Screen::browse});
  frame();
  reply("/api/v1/movies", 200, page_json(1, 100, 10000, "m", false));
  const auto& r = state.browse.results;
  EXPECT_FALSE(r.exact);
  EXPECT_EQ(r.reachable_rows(), 10001);
  EXPECT_EQ(r.pages.size(), 101u) << "one page past the rows counted";
  act(ShowResultRows{9950, 10001});
  EXPECT_EQ(transport.last().url, "/api/v1/movies?page=101&page_size=100");
  reply("/api/v1/movies?page=101", 200, page_json(101, 100, 10100, "m", false));
  EXPECT_EQ(r.total, 10100);
  EXPECT_EQ(r.rows[10099].id, "m10099");
  EXPECT_EQ(r.pages.size(), 102u);
  act(ShowResultRows{10080, 10101});
  reply("/api/v1/movies?page=102", 200, page_json(102, 40, 10140));
  EXPECT_TRUE(r.exact) << "the last page counted every match";
  EXPECT_EQ(r.total, 10140);
  EXPECT_EQ(r.pages.size(), 102u);
  EXPECT_TRUE(r.row_loaded(10139));
}

TEST_F(BrowseTest, AFailedSearchShowsTheServersMessageAndRetries) {
  start();
  act(Navigate{Screen::browse});
  frame();
  reply("/api/v1/movies", 400,
        R"({"error":{"code":"invalid","message":"year_min: must be a number","details":[]}})");
  EXPECT_TRUE(state.browse.results.failed());
  EXPECT_EQ(state.browse.results.error, "year_min: must be a number");
  const auto before = count("/api/v1/movies");
  act(RetrySearch{});
  EXPECT_EQ(count("/api/v1/movies"), before + 1);
}

TEST_F(BrowseTest, SlashFocusesTheSearchFromAnyScreen) {
  start();
  act(Navigate{Screen::catalog});
  const auto before = state.browse.focus_search;
  act(FocusSearch{});
  EXPECT_EQ(state.screen(), Screen::browse);
  EXPECT_EQ(state.browse.focus_search, before + 1);
}

}  // namespace
}  // namespace moviedb::client
