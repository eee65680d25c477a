// Search answers stay true to the data: whatever the store keeps between
// calls (caches, plans chosen by how common a word is), every write shows at
// once, and common and rare words give the same rows their plans would.
#include <algorithm>
#include <optional>

#include "contract/store_contract.hpp"

namespace moviedb::test {

using domain::MovieQuery;

namespace {

std::vector<std::string> ids_of(const domain::Page<domain::Movie>& page) {
  std::vector<std::string> ids;
  for (const auto& m : page.items) ids.push_back(m.id);
  return ids;
}

MovieQuery words(std::string q, std::int64_t page_size = 3) {
  MovieQuery query;
  query.q = std::move(q);
  query.page_size = page_size;
  return query;
}

}  // namespace

// 30 titles with "the" (a word in most titles) and 10 without; "rare" is in
// three of them.
void StoreContract::add_titled_films() {
  for (int i = 0; i < 40; ++i) {
    const auto n = std::to_string(100 + i);
    const auto title = (i < 30 ? "The Film " : "Other Film ") + n + (i % 17 == 0 ? " rare" : "");
    add(movie("m" + n, title, 1.0 + i * 0.2, {i % 2 ? "drama" : "comedy"}));
  }
}

TEST_P(StoreContract, CommonAndRareWordsFindTheSameRowsInSortOrder) {
  add_titled_films();
  const auto common = store().search_movies(words("the"));
  EXPECT_EQ(common.total, 30);
  EXPECT_EQ(ids_of(common), (std::vector<std::string>{"m129", "m128", "m127"}));
  auto deep = words("the");
  deep.page = 10;
  EXPECT_EQ(ids_of(store().search_movies(deep)),
            (std::vector<std::string>{"m102", "m101", "m100"}));
  const std::vector<std::string> rare{"m134", "m117", "m100"};
  EXPECT_EQ(ids_of(store().search_movies(words("rare"))), rare);
  EXPECT_EQ(ids_of(store().search_movies(words("rare", 100))), rare);
  auto combined = words("the");
  combined.genres = {"drama"};
  const auto dramas = store().search_movies(combined);
  EXPECT_EQ(dramas.total, 15);
  EXPECT_EQ(ids_of(dramas), (std::vector<std::string>{"m129", "m127", "m125"}));
  auto by_title = words("the");
  by_title.sort = {"title", false};
  EXPECT_EQ(ids_of(store().search_movies(by_title)),
            (std::vector<std::string>{"m100", "m101", "m102"}));
}

TEST_P(StoreContract, EveryWriteShowsInTheNextAnswer) {
  add_titled_films();
  const auto before = store().search_movies(words("the"));
  ASSERT_EQ(before.total, 30);
  add(movie("new", "The Newest", 9.9, {"western"}));
  auto after = store().search_movies(words("the"));
  EXPECT_EQ(after.total, 31);
  EXPECT_EQ(after.items.front().id, "new");
  EXPECT_EQ(store().count_movies(words("the")), 31);
  const auto genres = store().genres();
  EXPECT_TRUE(std::any_of(genres.begin(), genres.end(),
                          [](const auto& g) { return g.genre == "western" && g.count == 1; }));

  auto renamed = *store().find_movie("new");
  renamed.title = "Gone Away";
  ASSERT_TRUE(store().update_movie(renamed, renamed.version));
  EXPECT_EQ(store().search_movies(words("the")).total, 30);
  EXPECT_EQ(store().search_movies(words("gone")).total, 1);

  EXPECT_EQ(store().delete_movies({"m129"}), 1);
  after = store().search_movies(words("the"));
  EXPECT_EQ(after.total, 29);
  EXPECT_EQ(after.items.front().id, "m128");
}

TEST_P(StoreContract, ReactionsReorderALikesSortAndShowTheirCounts) {
  add_titled_films();
  auto liked = words("the");
  liked.sort = {"likes", true};
  const auto first = store().search_movies(liked).items.front().id;
  add_user("u1", "ann");
  ASSERT_TRUE(store().set_reaction("u1", "m100", domain::Reaction::like));
  const auto page = store().search_movies(liked);
  ASSERT_FALSE(page.items.empty());
  EXPECT_EQ(page.items.front().id, "m100") << "was " << first;
  EXPECT_EQ(page.items.front().likes, 1);
  // The score-sorted answer shows the new count too.
  auto scored = words("the", 100);
  for (const auto& m : store().search_movies(scored).items) {
    if (m.id == "m100") EXPECT_EQ(m.likes, 1);
  }
}

TEST_P(StoreContract, AWordInMostTitlesPagesLikeARareOne) {
  // 900 of 1,000 titles hold "the": enough for a store to walk its score
  // order and probe titles instead of sorting every match.
  std::vector<store::MovieWithCredits> batch;
  std::vector<std::string> expected;  // matches, best score first
  for (int i = 999; i >= 0; --i) {
    const auto id = "w" + std::to_string(1000 + i);
    batch.push_back({movie(id, (i % 10 ? "The Walk " : "A Walk ") + std::to_string(i), i * 0.01),
                     std::nullopt});
    if (i % 10) expected.push_back(id);
  }
  ASSERT_EQ(store().upsert_movies(batch, false).inserted, 1000);
  auto first = words("the", 2);
  const auto page = store().search_movies(first);
  EXPECT_EQ(page.total, 900);
  EXPECT_EQ(ids_of(page), (std::vector<std::string>{expected[0], expected[1]}));
  auto deep = words("the", 2);
  deep.page = 200;
  EXPECT_EQ(ids_of(store().search_movies(deep)),
            (std::vector<std::string>{expected[398], expected[399]}));
  auto last = words("the", 100);
  last.page = 9;
  const auto tail = store().search_movies(last);
  ASSERT_EQ(tail.items.size(), 100u);
  EXPECT_EQ(tail.items.back().id, expected.back());
}

TEST_P(StoreContract, ASearchCountsUpToItsBoundAndSaysWhenItStopped) {
  add_titled_films();  // 30 of 40 titles hold "the"; 15 of those are dramas
  auto bounded = [](MovieQuery query) {
    query.exact_total_up_to = 10;
    return query;
  };
  const auto common = store().search_movies(bounded(words("the")));
  EXPECT_EQ(common.total, 10);
  EXPECT_FALSE(common.total_exact);
  EXPECT_EQ(ids_of(common), (std::vector<std::string>{"m129", "m128", "m127"}));

  auto past_the_bound = bounded(words("the"));
  past_the_bound.page = 5;  // rows 12-14: counted just past the page
  const auto deep = store().search_movies(past_the_bound);
  EXPECT_EQ(deep.total, 15);
  EXPECT_FALSE(deep.total_exact);
  EXPECT_EQ(ids_of(deep), (std::vector<std::string>{"m117", "m116", "m115"}));
  past_the_bound.page = 10;  // the last page: every match is counted
  const auto last = store().search_movies(past_the_bound);
  EXPECT_EQ(last.total, 30);
  EXPECT_TRUE(last.total_exact);

  auto dramas = bounded(words("the"));
  dramas.genres = {"drama"};
  EXPECT_EQ(store().search_movies(dramas).total, 10);
  EXPECT_FALSE(store().search_movies(dramas).total_exact);
  const auto rare = store().search_movies(bounded(words("rare")));
  EXPECT_EQ(rare.total, 3);
  EXPECT_TRUE(rare.total_exact);
  const auto everything = store().search_movies(bounded(words("", 3)));
  EXPECT_EQ(everything.total, 10);
  EXPECT_FALSE(everything.total_exact);
  EXPECT_EQ(store().count_movies(bounded(words("the"))), 30);  // counts are never bounded

  const auto unbounded = store().search_movies(words("the"));
  EXPECT_EQ(unbounded.total, 30);
  EXPECT_TRUE(unbounded.total_exact);
}

TEST_P(StoreContract, TitleWordsAloneSortByScoreLikeAnyOtherFilter) {
  // Scores of every kind a store might key differently: tied, whole
  // thousandths, between two thousandths (sums of 0.1), a hair apart, none.
  const std::vector<std::optional<double>> scores{
      7.3,  7.3, 7.3004,  7.3001, 0.1 + 0.2, 0.3, 7.29995, 7.3,    std::nullopt,
      10.0, 0.0, 7.30049, 7.3001, 1e-9,      6.5, 6.5,     7.3004, std::nullopt};
  std::vector<store::MovieWithCredits> batch;
  for (std::size_t i = 0; i < 3 * scores.size(); ++i) {
    auto m = movie("s" + std::to_string(100 + i), "Score Film " + std::to_string(i));
    m.imdb_score = scores[(i * 7) % scores.size()];
    batch.push_back({std::move(m), std::nullopt});
  }
  ASSERT_EQ(store().upsert_movies(batch, false).inserted, static_cast<std::int64_t>(batch.size()));

  auto pages_alike = [&](const std::string& why) {
    for (const std::int64_t size : {1, 2, 5, 7, 100}) {
      for (std::int64_t page = 1; (page - 1) * size < static_cast<std::int64_t>(batch.size());
           ++page) {
        auto alone = words("score fil", size);
        alone.page = page;
        auto filtered = alone;
        filtered.genres = {"drama"};  // every title's genre: only the plan differs
        ASSERT_EQ(ids_of(store().search_movies(alone)), ids_of(store().search_movies(filtered)))
            << why << ": page " << page << " of " << size;
      }
    }
  };
  pages_alike("as added");
  auto moved = *store().find_movie("s105");
  moved.imdb_score = 7.30001;
  ASSERT_TRUE(store().update_movie(moved, moved.version));
  auto renamed = *store().find_movie("s110");
  renamed.title = "Score Film renamed";
  renamed.imdb_score = std::nullopt;
  ASSERT_TRUE(store().update_movie(renamed, renamed.version));
  EXPECT_EQ(store().delete_movies({"s101", "s112"}), 2);
  pages_alike("after edits");
  const auto top = store().search_movies(words("score", 1));
  ASSERT_EQ(top.items.size(), 1u);
  EXPECT_EQ(top.items.front().imdb_score, 10.0);
}

}  // namespace moviedb::test
