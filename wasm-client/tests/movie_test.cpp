// A title: loading it, one view per open, like / dislike / watched toggles
// with optimistic updates and rollback; and a person's filmography.
#include <gtest/gtest.h>

#include "state/interactions.hpp"
#include "state/movie_detail.hpp"
#include "tests/controller_fixture.hpp"

namespace moviedb::client {
namespace {

using testing::ControllerFixture;
using testing::movie_json;
using testing::summary_json;

TEST(Predict, ReactionsAreExclusiveAndCountsFollow) {
  net::Viewer viewer;
  net::Counters counters{10, 4, 0, 0};
  predict_reaction(viewer, counters, domain::Reaction::like);
  EXPECT_EQ(counters, (net::Counters{11, 4, 0, 0}));
  predict_reaction(viewer, counters, domain::Reaction::dislike);
  EXPECT_EQ(counters, (net::Counters{10, 5, 0, 0}));
  predict_reaction(viewer, counters, std::nullopt);
  EXPECT_EQ(counters, (net::Counters{10, 4, 0, 0}));
  predict_watched(viewer, counters, true);
  predict_watched(viewer, counters, true);
  EXPECT_EQ(counters.watched, 1);
  net::Counters zero;
  net::Viewer liked{domain::Reaction::like, false, 0};
  predict_reaction(liked, zero, std::nullopt);
  EXPECT_EQ(zero.likes, 0) << "never negative";

  EXPECT_EQ(toggled(std::nullopt, domain::Reaction::like), domain::Reaction::like);
  EXPECT_EQ(toggled(domain::Reaction::like, domain::Reaction::like), std::nullopt);
  EXPECT_EQ(toggled(domain::Reaction::like, domain::Reaction::dislike), domain::Reaction::dislike);
}

TEST(Credits, GroupedAndFilmographySorted) {
  std::vector<domain::Credit> credits{{"m", "p1", "A", "", "ACTOR", "", {}},
                                      {"m", "p2", "D", "", "DIRECTOR", "", {}},
                                      {"m", "p3", "W", "", "WRITER", "", {}}};
  const auto groups = group_credits(credits);
  ASSERT_EQ(groups.directors.size(), 1u);
  EXPECT_EQ(groups.directors[0]->name, "D");
  EXPECT_EQ(groups.cast.size(), 1u);
  EXPECT_EQ(groups.crew.size(), 1u);

  std::vector<domain::Credit> film{{"a", "", "", "", "", "A", 1990},
                                   {"b", "", "", "", "", "B", std::nullopt},
                                   {"c", "", "", "", "", "C", 2005}};
  sort_filmography(film);
  EXPECT_EQ(film[0].movie_title, "C");
  EXPECT_EQ(film[2].movie_title, "B");
}

class MovieTest : public ControllerFixture {
 protected:
  void open_signed_in(int likes = 10, int dislikes = 2) {
    start();
    sign_in();
    act(OpenMovie{"m1"});
    reply("/api/v1/movies/m1", 200,
          movie_json("m1", "Alien", likes, dislikes,
                     R"(,"credits":[],"viewer":{"reaction":null,"watched":false,"views":0})"));
    reply("/api/v1/movies/m1/views", 200, summary_json("m1", "", false, likes, dislikes, 0, 1));
  }
};

TEST_F(MovieTest, OpeningRecordsOneViewAfterTheTitleLoads) {
  start();
  sign_in();
  act(OpenMovie{"m1"});
  EXPECT_EQ(state.nav.current, (Route{Screen::movie, "m1"}));
  EXPECT_EQ(count("/api/v1/movies/m1/views"), 0u);
  reply("/api/v1/movies/m1", 200, movie_json("m1", "Alien", 3));
  EXPECT_EQ(state.movie.load.phase, LoadPhase::ready);
  EXPECT_EQ(state.movie.movie.title, "Alien");
  EXPECT_EQ(count("/api/v1/movies/m1/views", "POST"), 1u);
  reply("/api/v1/movies/m1/views", 200, summary_json("m1", "", false, 3, 0, 0, 8));
  EXPECT_EQ(state.movie.movie.views, 8);
  for (int i = 0; i < 5; ++i) frame();
  act(Reload{});
  reply("/api/v1/movies/m1", 200, movie_json("m1", "Alien", 3));
  EXPECT_EQ(count("/api/v1/movies/m1/views", "POST"), 1u) << "frames and reloads are not opens";

  act(GoBack{});
  act(OpenMovie{"m1"});
  reply("/api/v1/movies/m1", 200, movie_json("m1", "Alien", 3));
  EXPECT_EQ(count("/api/v1/movies/m1/views", "POST"), 2u) << "a new open is a new view";
}

TEST_F(MovieTest, LikeIsShownAtOnceThenConfirmedEverywhere) {
  open_signed_in();
  state.browse.results.rows = {domain::Movie{}};
  state.browse.results.rows[0].id = "m1";
  act(SetReaction{"m1", domain::Reaction::like});
  EXPECT_EQ(state.movie.viewer->reaction, domain::Reaction::like);
  EXPECT_EQ(state.movie.movie.likes, 11);
  EXPECT_EQ(state.movie.writes_in_flight, 1);
  EXPECT_EQ(transport.last().method, "PUT");
  EXPECT_EQ(transport.last().body, R"({"reaction":"like"})");
  act(SetReaction{"m1", domain::Reaction::dislike});
  EXPECT_EQ(count("/api/v1/movies/m1/reaction"), 1u) << "toggles wait for the change in flight";

  reply("/api/v1/movies/m1/reaction", 200, summary_json("m1", "like", false, 42, 2));
  EXPECT_EQ(state.movie.movie.likes, 42) << "the server's count wins";
  EXPECT_EQ(state.movie.writes_in_flight, 0);
  EXPECT_EQ(state.browse.results.rows[0].likes, 42);

  act(SetReaction{"m1", toggled(state.movie.viewer->reaction, domain::Reaction::dislike)});
  EXPECT_EQ(state.movie.movie.likes, 41);
  EXPECT_EQ(state.movie.movie.dislikes, 3);
  reply("/api/v1/movies/m1/reaction", 200, summary_json("m1", "dislike", false, 41, 3));
  act(SetReaction{"m1", toggled(state.movie.viewer->reaction, domain::Reaction::dislike)});
  EXPECT_EQ(transport.last().method, "DELETE");
  EXPECT_FALSE(state.movie.viewer->reaction.has_value());
}

TEST_F(MovieTest, ARefusedChangeIsRolledBackWithTheServersMessage) {
  open_signed_in();
  act(SetWatched{"m1", true});
  EXPECT_TRUE(state.movie.viewer->watched);
  EXPECT_EQ(state.movie.movie.watched, 1);
  reply("/api/v1/movies/m1/watched", 503,
        R"({"error":{"code":"unavailable","message":"The store is unavailable.","details":[]}})");
  EXPECT_FALSE(state.movie.viewer->watched);
  EXPECT_EQ(state.movie.movie.watched, 0);
  ASSERT_FALSE(state.toasts.items.empty());
  EXPECT_EQ(state.toasts.items.back().text, "The store is unavailable.");
  EXPECT_EQ(state.toasts.items.back().kind, ToastKind::error);

  act(SetReaction{"m1", domain::Reaction::dislike});
  reply("/api/v1/movies/m1/reaction", 0, "");
  EXPECT_FALSE(state.movie.viewer->reaction.has_value());
  EXPECT_EQ(state.movie.movie.dislikes, 2);
}

TEST_F(MovieTest, AMissingTitleShowsTheServersMessage) {
  start();
  act(OpenMovie{"nope"});
  reply("/api/v1/movies/nope", 404,
        R"({"error":{"code":"not_found","message":"No movie with id nope.","details":[]}})");
  EXPECT_EQ(state.movie.load.phase, LoadPhase::failed);
  EXPECT_EQ(state.movie.load.error, "No movie with id nope.");
}

TEST_F(MovieTest, PersonFilmographyAndBackNavigation) {
  open_signed_in();
  act(OpenPerson{"p1"});
  EXPECT_EQ(state.screen(), Screen::person);
  reply(
      "/api/v1/people/p1", 200,
      R"({"id":"p1","name":"Sigourney Weaver","credits":[{"movie_id":"m1","movie_title":"Alien","release_year":1979,"role":"ACTOR","character":"Ripley"},{"movie_id":"m2","movie_title":"Aliens","release_year":1986,"role":"ACTOR","character":"Ripley"}]})");
  EXPECT_EQ(state.person.person.name, "Sigourney Weaver");
  EXPECT_EQ(state.person.credits[0].movie_title, "Aliens");
  act(OpenMovie{"m2"});
  reply("/api/v1/movies/m2", 200, movie_json("m2", "Aliens"));
  act(GoBack{});
  EXPECT_EQ(state.screen(), Screen::person);
  act(GoBack{});
  EXPECT_EQ(state.nav.current, (Route{Screen::movie, "m1"}));
  frame();
  EXPECT_EQ(state.movie.id, "m1");
  EXPECT_EQ(state.movie.load.phase, LoadPhase::loading) << "the title shown is loaded again";
  EXPECT_EQ(count("/api/v1/movies/m1/views"), 1u) << "going back is not a new open";
}

}  // namespace
}  // namespace moviedb::client
