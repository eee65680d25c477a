// Addresses: every screen round-trips, filters travel in the API's own keys,
// and anything else is refused rather than guessed at.
#include "state/address.hpp"

#include <gtest/gtest.h>

#include <set>

#include "tests/controller_fixture.hpp"

namespace moviedb::client::testing {
namespace {

// state/screens.def has one row per Screen, in the enum's order, with names
// and addresses no other row uses; titles name admin screens as such.
TEST(Screens, EveryScreenHasOneRow) {
  const auto rows = all_screens();
  ASSERT_EQ(rows.size(), static_cast<std::size_t>(Screen::admin_audit) + 1);
  std::set<std::string_view> names, paths;
  for (std::size_t i = 0; i < rows.size(); ++i) {
    EXPECT_EQ(static_cast<std::size_t>(rows[i].screen), i);
    EXPECT_EQ(&screen_info(rows[i].screen), &rows[i]);
    EXPECT_TRUE(names.insert(rows[i].name).second) << rows[i].name;
    EXPECT_TRUE(paths.insert(rows[i].path).second) << rows[i].path;
  }
  EXPECT_EQ(screen_name(Screen::admin_activity), "admin.interactions");
  EXPECT_TRUE(is_admin_screen(Screen::admin_cluster));
  EXPECT_TRUE(is_top_level(Screen::catalog));
  EXPECT_FALSE(is_top_level(Screen::movie));
  EXPECT_FALSE(is_top_level(Screen::login));
  EXPECT_EQ(screen_title(Screen::admin_placement), "Placement (admin)");
  EXPECT_EQ(screen_title(Screen::catalog), "Top 100");
}

TEST(Address, EveryScreenRoundTrips) {
  for (const auto& info : all_screens()) {
    const auto address = address_of({info.screen, info.has_id ? "tt1" : ""}, {});
    const auto back = parse_address(address);
    ASSERT_TRUE(back) << address;
    EXPECT_EQ(back->route.screen, info.screen) << address;
  }
  EXPECT_EQ(address_of({Screen::catalog, {}}, {}), "#/top");
  EXPECT_EQ(address_of({Screen::admin_cluster, {}}, {}), "#/admin/cluster");
}

TEST(Address, IdsAreEscapedBothWays) {
  const auto address = address_of({Screen::movie, "tt 1/é"}, {});
  EXPECT_EQ(address, "#/movies/tt%201%2F%C3%A9");
  const auto back = parse_address(address);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->route, (Route{Screen::movie, "tt 1/é"}));
  EXPECT_EQ(parse_address("#/people/nm0000123")->route, (Route{Screen::person, "nm0000123"}));
}

TEST(Address, BrowseFiltersUseTheApisKeys) {
  domain::MovieQuery query;
  query.q = "star wars";
  query.genres = {"scifi"};
  query.score_min = 7.5;
  const auto address = address_of({Screen::browse, {}}, query);
  EXPECT_EQ(address.substr(0, 10), "#/browse?q");
  const auto back = parse_address(address);
  ASSERT_TRUE(back);
  EXPECT_EQ(back->browse.q, "star wars");
  EXPECT_EQ(back->browse.genres, std::vector<std::string>{"scifi"});
  EXPECT_EQ(back->browse.score_min, 7.5);
  EXPECT_EQ(parse_address("#/browse?q=alien&sort=-imdb_score")->browse.q, "alien");
}

TEST(Address, AnythingElseIsRefused) {
  for (const char* hash : {"", "#/", "#/nowhere", "#/movies", "#/movies/", "#/movies/a/b",
                           "#/movies/%zz", "#/browse?score_min=eleven", "#/browse?year_min=x",
                           "#/browse?q=%zz", "#/browse?sort=-nope", "#/topx"}) {
    EXPECT_FALSE(parse_address(hash)) << hash;
  }
  EXPECT_TRUE(parse_address("/top"));  // the "#" is optional
}

TEST(Address, TitlesNameTheScreenOrTheFilm) {
  EXPECT_EQ(page_title({Screen::browse, {}}, ""), "Browse · moviedb");
  EXPECT_EQ(page_title({Screen::movie, "tt1"}, "Alien"), "Alien · moviedb");
  EXPECT_EQ(page_title({Screen::movie, "tt1"}, ""), "Title · moviedb");
}

// The address bar: a new screen pushes, filters replace, an arrival never pushes.
TEST(AddressSync, PushesScreensReplacesFiltersAndNeverRepushesArrivals) {
  AddressSync sync;
  domain::MovieQuery none, alien;
  alien.q = "alien";
  auto first = sync.after_frame({Screen::browse, {}}, none, "", true);
  ASSERT_TRUE(first);
  EXPECT_FALSE(first->push);  // the page's own entry
  EXPECT_FALSE(sync.after_frame({Screen::browse, {}}, none, "", true));
  const auto typed = sync.after_frame({Screen::browse, {}}, alien, "", true);
  ASSERT_TRUE(typed);
  EXPECT_EQ(typed->address, "#/browse?q=alien");
  EXPECT_FALSE(typed->push);
  const auto film = sync.after_frame({Screen::movie, "tt1"}, alien, "", true);
  ASSERT_TRUE(film && film->push);
  const auto titled = sync.after_frame({Screen::movie, "tt1"}, alien, "Alien", true);
  ASSERT_TRUE(titled);
  EXPECT_FALSE(titled->push);
  EXPECT_EQ(titled->title, "Alien · moviedb");
  sync.arrived("#/browse?q=alien");  // Back
  const auto back = sync.after_frame({Screen::browse, {}}, alien, "", true);
  ASSERT_TRUE(back);
  EXPECT_FALSE(back->push);
  EXPECT_FALSE(sync.after_frame({Screen::movie, "tt2"}, alien, "", false));  // waits
}

class AddressFlow : public ControllerFixture {};

TEST_F(AddressFlow, ALinkOpensTheFilmAndBackRetracesIt) {
  start();
  act(OpenAddress{"#/browse?q=alien"});
  EXPECT_EQ(state.screen(), Screen::browse);
  EXPECT_EQ(state.browse.query.q, "alien");
  act(OpenAddress{"#/movies/tt0078748"});
  EXPECT_EQ(state.nav.current, (Route{Screen::movie, "tt0078748"}));
  frame();
  EXPECT_EQ(count("/api/v1/movies/tt0078748"), 1u);
  act(OpenAddress{"#/browse?q=alien"});  // the browser's Back
  EXPECT_EQ(state.screen(), Screen::browse);
  EXPECT_TRUE(state.nav.history.empty());
  act(OpenAddress{"#/nowhere"});  // names nothing: nothing changes
  EXPECT_EQ(state.screen(), Screen::browse);
}

TEST_F(AddressFlow, AnAdminLinkAsksToSignInThenOpens) {
  start();
  act(OpenAddress{"#/admin/cluster"});
  EXPECT_EQ(state.screen(), Screen::login);
  act(SubmitAuth{"root", "secret-password", ""});
  reply(
      "/api/v1/auth/login", 200,
      R"({"token":"tok","user":{"id":"u1","username":"root","display_name":"Root","role":"admin","disabled":false,"created_at":"","updated_at":""}})");
  EXPECT_EQ(state.screen(), Screen::admin_cluster);
}

TEST_F(AddressFlow, ALinkWaitsForTheSavedSession) {
  storage.set(kTokenKey, "tok");
  controller.start(clock);
  act(OpenAddress{"#/admin/audit"});
  EXPECT_TRUE(controller.address_pending());
  reply(
      "/api/v1/me", 200,
      R"({"id":"u1","username":"root","display_name":"Root","role":"admin","disabled":false,"created_at":"","updated_at":""})");
  EXPECT_FALSE(controller.address_pending());
  EXPECT_EQ(state.screen(), Screen::admin_audit);
}

TEST_F(AddressFlow, CopyLinkHandsTheAddressToTheCopierAndSaysSo) {
  std::string copied;
  controller.set_link_copier([&](const std::string& address) { copied = address; });
  act(CopyLink{address_of({Screen::movie, "tt 1/2"}, {})});
  EXPECT_EQ(copied, "#/movies/tt%201%2F2");
  ASSERT_FALSE(state.toasts.items.empty());
  EXPECT_EQ(state.toasts.items.back().text, "Link copied to the clipboard.");
}

}  // namespace
}  // namespace moviedb::client::testing
