// Catalog, recommendations and the caller's lists.
#include <gtest/gtest.h>

#include "tests/controller_fixture.hpp"

namespace moviedb::client {
namespace {

using testing::ControllerFixture;
using testing::movie_json;
using testing::summary_json;

class CollectionsTest : public ControllerFixture {};

std::string items(std::initializer_list<std::string> movies) {
  std::string out;
  for (const auto& m : movies) out += (out.empty() ? "" : ",") + m;
  return R"({"items":[)" + out + "]}";
}

TEST_F(CollectionsTest, CatalogHidesInteractedTitlesWhenAskedAndRefreshesAfterAReaction) {
  start();
  act(Navigate{Screen::catalog});
  frame();
  EXPECT_EQ(transport.last().url, "/api/v1/catalog");
  reply("/api/v1/catalog", 200, items({movie_json("m1", "A"), movie_json("m2", "B")}));
  EXPECT_EQ(state.catalog.items.size(), 2u);

  act(SetCatalogFilter{true});
  EXPECT_EQ(state.screen(), Screen::login) << "anonymous: asked to sign in";
  sign_in();
  EXPECT_EQ(state.screen(), Screen::catalog);
  act(SetCatalogFilter{true});
  EXPECT_EQ(transport.last().url, "/api/v1/catalog?exclude_interacted=true");
  reply("/api/v1/catalog?exclude_interacted=true", 200,
        items({movie_json("m1", "A"), movie_json("m2", "B")}));

  act(SetReaction{"m1", domain::Reaction::like});
  reply("/api/v1/movies/m1/reaction", 200, summary_json("m1", "like", false, 1, 0));
  EXPECT_EQ(count("/api/v1/catalog?exclude_interacted=true"), 2u) << "the catalog shown refreshes";
  reply("/api/v1/catalog?exclude_interacted=true", 200, items({movie_json("m2", "B")}));
  ASSERT_EQ(state.catalog.items.size(), 1u);
  EXPECT_EQ(state.catalog.items[0].id, "m2");
}

TEST_F(CollectionsTest, RecommendationsNeedAnAccountAndCarryTheirReason) {
  start();
  act(Navigate{Screen::recommendations});
  frame();
  EXPECT_EQ(count("/api/v1/recommendations"), 0u);
  sign_in();
  frame();
  reply("/api/v1/recommendations", 200,
        R"({"items":[{"id":"m2","title":"Aliens","reason":"Because you liked Alien"}]})");
  ASSERT_EQ(state.recommendations.items.size(), 1u);
  EXPECT_EQ(state.recommendations.items[0].reason, "Because you liked Alien");

  act(SearchPreferences{{"MOVIE", "Drama", "Tom Hanks", ""}});
  EXPECT_EQ(transport.last().url,
            "/api/v1/recommendations?type=MOVIE&genre=Drama&actor=Tom%20Hanks");
  reply("/api/v1/recommendations?type", 200,
        items({movie_json("m9", "Big"), movie_json("m8", "Philadelphia")}));
  EXPECT_EQ(state.recommendations.preference_items.size(), 2u);
  EXPECT_EQ(state.recommendations.preference_load.phase, LoadPhase::ready);

  act(SetReaction{"m2", domain::Reaction::like});
  reply("/api/v1/movies/m2/reaction", 200, summary_json("m2", "like", false, 1, 0));
  frame();
  EXPECT_EQ(count("/api/v1/recommendations", "GET"), 3u) << "suggestions change after a like";
}

TEST_F(CollectionsTest, ListsLoadPerTabAndUndoRollsBackWhenRefused) {
  start();
  sign_in();
  act(Navigate{Screen::lists});
  frame();
  EXPECT_EQ(transport.last().url, "/api/v1/me/interactions?reaction=like&page=1&page_size=100");
  reply(
      "/api/v1/me/interactions", 200,
      R"({"items":[{"movie_id":"m1","movie_title":"Alien","reaction":"like"},{"movie_id":"m2","movie_title":"Heat","reaction":"like"}],"page":1,"page_size":100,"total":2})");
  ASSERT_EQ(state.lists.of(ListKind::liked).items.size(), 2u);

  act(SetListTab{ListKind::watched});
  frame();
  EXPECT_EQ(transport.last().url, "/api/v1/me/interactions?watched=true&page=1&page_size=100");
  reply("/api/v1/me/interactions?watched", 200,
        R"({"items":[],"page":1,"page_size":100,"total":0})");
  act(SetListTab{ListKind::liked});
  frame();
  EXPECT_EQ(count("/api/v1/me/interactions?reaction=like"), 1u) << "loaded tabs are kept";

  act(UndoListItem{ListKind::liked, "m1"});
  EXPECT_EQ(state.lists.of(ListKind::liked).items.size(), 1u) << "gone at once";
  EXPECT_EQ(transport.last().method, "DELETE");
  EXPECT_EQ(transport.last().url, "/api/v1/movies/m1/reaction");
  reply("/api/v1/movies/m1/reaction", 409,
        R"({"error":{"code":"conflict","message":"Try again.","details":[]}})");
  ASSERT_EQ(state.lists.of(ListKind::liked).items.size(), 2u);
  EXPECT_EQ(state.lists.of(ListKind::liked).items[0].movie_id, "m1") << "back in its place";
  EXPECT_EQ(state.toasts.items.back().text, "Try again.");

  act(UndoListItem{ListKind::liked, "m2"});
  reply("/api/v1/movies/m2/reaction", 200, summary_json("m2", "", false, 0, 0));
  frame();
  EXPECT_EQ(count("/api/v1/me/interactions?reaction=like"), 2u) << "confirmed: the list reloads";
}

}  // namespace
}  // namespace moviedb::client
