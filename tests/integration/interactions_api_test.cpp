#include "integration/api_fixture.hpp"

using namespace moviedb::test;
namespace json = boost::json;

class InteractionsApi : public ApiTest {
 protected:
  void SetUp() override {
    ApiTest::SetUp();
    alien_ = add_movie({{"title", "Alien"}, {"imdb_score", 8.5}, {"genres", json::array{"horror"}},
                        {"credits", json::array{json::object{{"name", "Ridley Scott"},
                                                             {"role", "director"}}}}});
    aliens_ = add_movie({{"title", "Aliens"}, {"imdb_score", 8.4}, {"genres", json::array{"horror", "action"}}});
    blade_ = add_movie({{"title", "Blade Runner"}, {"imdb_score", 8.1}, {"genres", json::array{"sci-fi"}},
                        {"credits", json::array{json::object{{"name", "Ridley Scott"},
                                                             {"role", "director"}}}}});
    comedy_ = add_movie({{"title", "Airplane!"}, {"imdb_score", 7.7}, {"genres", json::array{"comedy"}}});
  }
  std::string alien_, aliens_, blade_, comedy_;
};

TEST_F(InteractionsApi, LikeDislikeWatchedAndViews) {
  auto r = api().call("PUT", "/movies/" + alien_ + "/reaction", json::object{{"reaction", "like"}},
                      user_);
  ASSERT_EQ(r.status, 200);
  EXPECT_EQ(r["likes"], 1);
  EXPECT_EQ(r["viewer"].at("reaction"), "like");
  r = api().call("PUT", "/movies/" + alien_ + "/reaction", json::object{{"reaction", "dislike"}},
                 user_);
  EXPECT_EQ(r["likes"], 0);
  EXPECT_EQ(r["dislikes"], 1);
  EXPECT_EQ(api().call("PUT", "/movies/" + alien_ + "/watched", {}, user_)["watched"], 1);
  EXPECT_EQ(api().call("POST", "/movies/" + alien_ + "/views", {}, user_)["views"], 1);
  const auto detail = api().call("GET", "/movies/" + alien_, {}, user_);
  EXPECT_EQ(detail["viewer"], (json::object{{"reaction", "dislike"}, {"watched", true}, {"views", 1}}));
  EXPECT_EQ(detail["dislikes"], 1);
  r = api().call("DELETE", "/movies/" + alien_ + "/reaction", {}, user_);
  EXPECT_TRUE(r["viewer"].at("reaction").is_null());
  EXPECT_EQ(api().call("DELETE", "/movies/" + alien_ + "/watched", {}, user_)["watched"], 0);
}

TEST_F(InteractionsApi, BadReactionsAndMissingMovies) {
  EXPECT_EQ(api().call("PUT", "/movies/" + alien_ + "/reaction",
                       json::object{{"reaction", "love"}}, user_).status, 400);
  EXPECT_EQ(api().call("PUT", "/movies/" + alien_ + "/reaction", json::object{}, user_).status, 400);
  EXPECT_EQ(api().call("PUT", "/movies/nope/reaction", json::object{{"reaction", "like"}}, user_)
                .status, 404);
  EXPECT_EQ(api().call("PUT", "/movies/" + alien_ + "/reaction",
                       json::object{{"reaction", "like"}}).status, 401);
}

TEST_F(InteractionsApi, MyListsFollowMyState) {
  api().call("PUT", "/movies/" + alien_ + "/reaction", json::object{{"reaction", "like"}}, user_);
  api().call("PUT", "/movies/" + blade_ + "/reaction", json::object{{"reaction", "dislike"}}, user_);
  api().call("PUT", "/movies/" + comedy_ + "/watched", {}, user_);
  const auto liked = api().call("GET", "/me/interactions?reaction=like", {}, user_);
  ASSERT_EQ(liked["total"], 1);
  EXPECT_EQ(liked["items"].at(0).at("movie_title"), "Alien");
  EXPECT_EQ(api().call("GET", "/me/interactions?watched=true", {}, user_)["total"], 1);
  EXPECT_EQ(api().call("GET", "/me/interactions", {}, user_)["total"], 3);
  EXPECT_EQ(api().call("GET", "/me/interactions", {}, admin_)["total"], 0);  // only mine
  EXPECT_EQ(api().call("GET", "/me/interactions?reaction=meh", {}, user_).status, 400);
}

TEST_F(InteractionsApi, CatalogCanHideWhatIAlreadyJudged) {
  const auto all = api().call("GET", "/catalog");
  ASSERT_EQ(all["items"].as_array().size(), 4u);
  EXPECT_EQ(all["items"].at(0).at("title"), "Alien");
  api().call("PUT", "/movies/" + alien_ + "/reaction", json::object{{"reaction", "like"}}, user_);
  const auto rest = api().call("GET", "/catalog?exclude_interacted=true", {}, user_);
  ASSERT_EQ(rest["items"].as_array().size(), 3u);
  EXPECT_EQ(rest["items"].at(0).at("title"), "Aliens");
  EXPECT_EQ(api().call("GET", "/catalog?exclude_interacted=true").status, 401);
  const auto two = api().call("GET", "/catalog?limit=2");
  EXPECT_EQ(two["items"].as_array().size(), 2u);
  // The list shape of every list: one page of the ranking, total over all.
  EXPECT_EQ(two["page"], 1);
  EXPECT_EQ(two["page_size"], 2);
  EXPECT_EQ(two["total"], 4);
  EXPECT_EQ(api().call("GET", "/catalog?limit=0").status, 400);
}

TEST_F(InteractionsApi, RecommendationsFollowLikesWithAReason) {
  const auto before = api().call("GET", "/recommendations", {}, user_);
  ASSERT_EQ(before.status, 200);
  EXPECT_EQ(before["items"].at(0).at("reason"), "top rated on moviedb");
  api().call("PUT", "/movies/" + alien_ + "/reaction", json::object{{"reaction", "like"}}, user_);
  const auto after = api().call("GET", "/recommendations", {}, user_);
  std::vector<std::string> titles;
  for (const auto& m : after["items"].as_array()) titles.emplace_back(m.at("title").as_string());
  EXPECT_EQ(std::count(titles.begin(), titles.end(), "Alien"), 0);  // already judged
  ASSERT_GE(titles.size(), 2u);
  // Same genre and same director rank first, each with a reason naming the like.
  EXPECT_TRUE(std::find(titles.begin(), titles.end(), "Aliens") != titles.end());
  EXPECT_TRUE(std::find(titles.begin(), titles.end(), "Blade Runner") != titles.end());
  EXPECT_NE(std::string(after["items"].at(0).at("reason").as_string()).find("because you liked Alien"),
            std::string::npos);
  EXPECT_EQ(api().call("GET", "/recommendations").status, 401);
}

TEST_F(InteractionsApi, PreferenceSearchGivesTheTopThree) {
  const auto r = api().call("GET", "/recommendations?director=scott", {}, user_);
  ASSERT_EQ(r.status, 200);
  ASSERT_EQ(r["items"].as_array().size(), 2u);
  EXPECT_EQ(r["page"], 1);
  EXPECT_EQ(r["page_size"], 3);
  EXPECT_EQ(r["total"], 2);
  EXPECT_EQ(r["items"].at(0).at("title"), "Alien");
  const auto horror = api().call("GET", "/recommendations?genre=horror&type=MOVIE", {}, user_);
  EXPECT_EQ(horror["items"].as_array().size(), 2u);
  EXPECT_EQ(api().call("GET", "/recommendations?actor=nobody", {}, user_)["items"].as_array().size(), 0u);
  EXPECT_EQ(api().call("GET", "/recommendations?mood=happy", {}, user_).status, 400);
}

TEST_F(InteractionsApi, ConcurrentLikesCountExactly) {
  std::vector<std::string> tokens;
  for (int i = 0; i < 6; ++i) tokens.push_back(api().sign_up("fan" + std::to_string(i), "fan-password"));
  std::vector<std::thread> threads;
  for (const auto& token : tokens) {
    threads.emplace_back([&, token] {
      for (int i = 0; i < 5; ++i) {
        api().call("PUT", "/movies/" + alien_ + "/reaction", json::object{{"reaction", "like"}}, token);
        api().call("POST", "/movies/" + alien_ + "/views", {}, token);
      }
    });
  }
  for (auto& t : threads) t.join();
  const auto detail = api().call("GET", "/movies/" + alien_);
  EXPECT_EQ(detail["likes"], 6);
  EXPECT_EQ(detail["views"], 30);
}
