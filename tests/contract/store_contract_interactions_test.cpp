#include <atomic>
#include <thread>

#include "contract/store_contract.hpp"

namespace moviedb::test {

using domain::MovieQuery;
using domain::Reaction;

TEST_P(StoreContract, ReactionsAreExclusiveAndCountersFollow) {
  add(movie("a", "Alien"));
  add_user("u1", "ann");
  auto r = store().set_reaction("u1", "a", Reaction::like);
  ASSERT_TRUE(r);
  EXPECT_EQ(r->likes, 1);
  EXPECT_EQ(r->interaction.reaction, Reaction::like);
  r = store().set_reaction("u1", "a", Reaction::like);  // repeating changes nothing
  EXPECT_EQ(r->likes, 1);
  r = store().set_reaction("u1", "a", Reaction::dislike);
  EXPECT_EQ(r->likes, 0);
  EXPECT_EQ(r->dislikes, 1);
  r = store().set_reaction("u1", "a", std::nullopt);
  EXPECT_EQ(r->dislikes, 0);
  EXPECT_FALSE(r->interaction.reaction);
  EXPECT_FALSE(store().set_reaction("u1", "missing", Reaction::like));
}

TEST_P(StoreContract, WatchedAndViewsAreKept) {
  add(movie("a", "Alien"));
  add_user("u1", "ann");
  auto r = store().set_watched("u1", "a", true);
  EXPECT_EQ(r->watched, 1);
  EXPECT_FALSE(r->interaction.watched_at.empty());
  EXPECT_EQ(store().set_watched("u1", "a", true)->watched, 1);
  store().record_view("u1", "a");
  r = store().record_view("u1", "a");
  EXPECT_EQ(r->views, 2);
  EXPECT_EQ(r->interaction.views, 2);
  EXPECT_EQ(store().set_watched("u1", "a", false)->watched, 0);
  const auto state = store().find_interaction("u1", "a");
  ASSERT_TRUE(state);
  EXPECT_FALSE(state->watched);
  EXPECT_EQ(state->views, 2);
}

TEST_P(StoreContract, InteractionListsFilterByKind) {
  add(movie("a", "Alien"));
  add(movie("b", "Brazil"));
  add(movie("c", "Casablanca"));
  add_user("u1", "ann");
  add_user("u2", "bob");
  store().set_reaction("u1", "a", Reaction::like);
  store().set_reaction("u1", "b", Reaction::dislike);
  store().set_watched("u1", "c", true);
  store().record_view("u2", "a");
  store::InteractionQuery q;
  q.user_id = "u1";
  EXPECT_EQ(store().list_interactions(q).total, 3);
  q.reaction = Reaction::like;
  const auto liked = store().list_interactions(q);
  ASSERT_EQ(liked.total, 1);
  EXPECT_EQ(liked.items[0].movie_title, "Alien");
  q = {};
  q.watched = true;
  EXPECT_EQ(store().list_interactions(q).items.at(0).movie_id, "c");
  q = {};
  q.viewed_only = true;
  EXPECT_EQ(store().list_interactions(q).items.at(0).username, "bob");
  q = {};
  q.movie_id = "a";
  EXPECT_EQ(store().list_interactions(q).total, 2);
}

TEST_P(StoreContract, CatalogCanHideWhatTheUserReactedToOrWatched) {
  add(movie("a", "Alien", 9));
  add(movie("b", "Brazil", 8));
  add(movie("c", "Casablanca", 7));
  add_user("u1", "ann");
  store().set_reaction("u1", "a", Reaction::dislike);
  store().record_view("u1", "b");  // a click is no verdict
  store().set_watched("u1", "c", true);
  domain::MovieQuery q;
  q.exclude_interacted_by = "u1";
  const auto page = store().search_movies(q);
  ASSERT_EQ(page.total, 1);
  EXPECT_EQ(page.items[0].id, "b");
}

TEST_P(StoreContract, ConcurrentReactionsKeepCountersExact) {
  add(movie("a", "Alien"));
  constexpr int kUsers = 16;
  for (int u = 0; u < kUsers; ++u) add_user("u" + std::to_string(u), "user" + std::to_string(u));
  std::vector<std::thread> threads;
  for (int u = 0; u < kUsers; ++u) {
    threads.emplace_back([&, u] {
      const auto id = "u" + std::to_string(u);
      for (int i = 0; i < 10; ++i) {
        store().set_reaction(id, "a", i % 2 ? Reaction::dislike : Reaction::like);
        store().record_view(id, "a");
      }
      if (u % 4 == 0) store().set_reaction(id, "a", std::nullopt);
    });
  }
  for (auto& t : threads) t.join();
  const auto a = store().find_movie("a");
  // Each user ends on dislike (i = 9), except every fourth who cleared it.
  EXPECT_EQ(a->likes, 0);
  EXPECT_EQ(a->dislikes, kUsers - kUsers / 4);
  EXPECT_EQ(a->views, kUsers * 10);
}

TEST_P(StoreContract, ConcurrentWritesThatFailFailAlone) {
  // Writes that meet in one commit (as a store may group them) must not take
  // each other down: the duplicates fail, every other insert is kept.
  add(movie("taken", "Taken"));
  constexpr int kThreads = 8;
  constexpr int kEach = 60;
  std::atomic<int> conflicts = 0;
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kEach; ++i) {
        const auto id = i % 3 == 0 ? std::string("taken") : "c" + std::to_string(t * 100 + i);
        try {
          store().insert_movie(movie(id, "Concurrent " + id));
        } catch (const store::StoreConflict&) {
          ++conflicts;
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(conflicts.load(), kThreads * kEach / 3);
  MovieQuery all;
  all.q = "concurrent";
  EXPECT_EQ(store().count_movies(all), kThreads * kEach * 2 / 3);
  EXPECT_EQ(store().find_movie("taken")->title, "Taken");
}

TEST_P(StoreContract, StatsCountWhatHappened) {
  add(movie("a", "Alien", 8, {"horror"}));
  auto show = movie("s", "Sherlock", 9, {"crime"});
  show.type = "SHOW";
  add(show);
  add(movie("b", "Brood", 7, {"drama", "horror"}));
  add_user("u1", "ann");
  add_user("u2", "bob");
  add_user("u3", "cy");
  store().set_reaction("u1", "a", Reaction::like);
  store().set_reaction("u2", "a", Reaction::dislike);
  store().set_reaction("u3", "a", Reaction::like);
  store().set_reaction("u3", "b", Reaction::like);
  store().record_view("u1", "s");
  const auto stats = store().stats();
  EXPECT_EQ(stats.movies, 2);
  EXPECT_EQ(stats.shows, 1);
  EXPECT_EQ(stats.users, 3);
  EXPECT_EQ(stats.likes, 3);
  EXPECT_EQ(stats.dislikes, 1);
  EXPECT_EQ(stats.views, 1);
  ASSERT_FALSE(stats.top_liked.empty());
  EXPECT_EQ(stats.top_liked[0].title, "Alien");
  EXPECT_EQ(stats.top_viewed.at(0).id, "s");
  ASSERT_EQ(stats.reactions_per_genre.size(), 2u);
  EXPECT_EQ(stats.reactions_per_genre[0].genre, "horror");
  EXPECT_EQ(stats.reactions_per_genre[0].likes, 3);
  EXPECT_EQ(stats.reactions_per_genre[0].dislikes, 1);
  EXPECT_EQ(stats.reactions_per_genre[1].genre, "drama");
  EXPECT_EQ(stats.reactions_per_genre[1].likes, 1);
  EXPECT_EQ(stats.reactions_per_genre[1].dislikes, 0);
  ASSERT_EQ(stats.activity.size(), 1u);
  EXPECT_EQ(stats.activity[0].likes, 3);
  EXPECT_EQ(stats.activity[0].dislikes, 1);
}

}  // namespace moviedb::test
