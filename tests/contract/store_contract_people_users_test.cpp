#include <boost/json/parse.hpp>

#include "contract/store_contract.hpp"
#include "domain/clock.hpp"
#include "json_text/movie_json.hpp"

namespace moviedb::test {

using domain::Credit;
using domain::Role;

TEST_P(StoreContract, CreditsPeopleAndFilmographies) {
  add(movie("a", "Alien", 8.5, {"horror"}, 1979));
  add(movie("b", "Blade Runner", 8.1, {"sci-fi"}, 1982));
  store().replace_credits("a", {{"", "rs", "Ridley Scott", "", "DIRECTOR", "", {}},
                                {"", "sw", "Sigourney Weaver", "Ripley", "ACTOR", "", {}}});
  EXPECT_EQ(store().add_credits({{"b", "rs", "Ridley Scott", "", "DIRECTOR", "", {}}}, true), 1);
  EXPECT_EQ(store().add_credits({{"b", "rs", "Ridley Scott", "", "DIRECTOR", "", {}}}, false), 1);
  EXPECT_EQ(store().add_credits({{"b", "rs", "Ridley Scott", "", "DIRECTOR", "", {}}}, false), 0);
  const auto credits = store().credits_of("a");
  ASSERT_EQ(credits.size(), 2u);
  EXPECT_EQ(credits[0].role, "DIRECTOR");  // directors first
  EXPECT_EQ(credits[1].character, "Ripley");
  const auto person = store().find_person("rs");
  ASSERT_TRUE(person);
  EXPECT_EQ(person->credits, 2);
  const auto films = store().filmography("rs");
  ASSERT_EQ(films.size(), 2u);
  EXPECT_EQ(films[0].movie_title, "Blade Runner");  // newest first
  EXPECT_EQ(films[0].release_year, 1982);
  EXPECT_EQ(store().search_people("ridl", 1, 10).total, 1);
  EXPECT_EQ(store().search_people("WEAVER", 1, 10).items.at(0).id, "sw");
  domain::MovieQuery q;
  q.director = "scott";
  EXPECT_EQ(store().count_movies(q), 2);
  q = {};
  q.actor = "scott";
  EXPECT_EQ(store().count_movies(q), 0);
  q = {};
  q.person = "sigourney";
  EXPECT_EQ(store().count_movies(q), 1);
  // A later credit may spell the name anew: searches follow the new name.
  store().replace_credits("a", {{"", "sw", "Susan Weaver", "Ripley", "ACTOR", "", {}}});
  EXPECT_EQ(store().search_people("sigourney", 1, 10).total, 0);
  EXPECT_EQ(store().search_people("susan", 1, 10).items.at(0).id, "sw");
  q.person = "susan";
  EXPECT_EQ(store().count_movies(q), 1);
}

TEST_P(StoreContract, CreditsKeepTheOrderTheyWereCreditedIn) {
  add(movie("a", "Alien", 8.5, {"horror"}, 1979));
  store().replace_credits("a", {{"", "z", "Zed", "", "ACTOR", "", {}},
                                {"", "y", "Yann", "", "DIRECTOR", "", {}},
                                {"", "b", "Bea", "Two", "ACTOR", "", {}}});
  EXPECT_EQ(store().add_credits({{"a", "a", "Abe", "", "ACTOR", "", {}}}, false), 1);
  EXPECT_EQ(store().add_credits({{"a", "z", "Zed", "", "ACTOR", "", {}}}, false), 0);
  std::vector<std::string> order;
  for (const auto& credit : store().credits_of("a")) order.push_back(credit.person_id);
  EXPECT_EQ(order, (std::vector<std::string>{"y", "z", "b", "a"}));  // directors first
  store().replace_credits(
      "a", {{"", "b", "Bea", "", "ACTOR", "", {}}, {"", "a", "Abe", "", "ACTOR", "", {}}});
  order.clear();
  for (const auto& credit : store().credits_of("a")) order.push_back(credit.person_id);
  EXPECT_EQ(order, (std::vector<std::string>{"b", "a"}));
}

// A movie page reads its credits with the title (the SQLite store keeps a
// copy in the title's row): after every kind of credit write they are the
// credits as credits_of lists them, written as the page writes them.
TEST_P(StoreContract, AMoviePageCarriesItsCreditsAfterEveryWrite) {
  const auto page_credits = [&](const std::string& id) {
    const auto detail = store().find_movie_detail(id);
    EXPECT_TRUE(detail) << id;
    EXPECT_EQ(detail->credits_json, json_text::credits_json(store().credits_of(id))) << id;
    return boost::json::parse(detail->credits_json).as_array().size();
  };
  add(movie("a", "Alien", 8.5, {"horror"}, 1979));
  add(movie("b", "Blade Runner", 8.1, {"sci-fi"}, 1982));
  EXPECT_EQ(page_credits("a"), 0u);
  EXPECT_FALSE(store().find_movie_detail("missing"));
  store().replace_credits("a", {{"", "sw", "Sigourney Weaver", "Ripley \"Ellen\"", "ACTOR", "", {}},
                                {"", "rs", "Ridley Scott", "", "DIRECTOR", "", {}}});
  EXPECT_EQ(page_credits("a"), 2u);
  EXPECT_EQ(
      store().add_credits({{"a", "jh", "John Hurt", "Kane", "ACTOR", "", {}},
                           {"b", "rs", "Ridley Scott", "", "DIRECTOR", "", {}},
                           {"a", "sw", "Sigourney Weaver", "Ripley \"Ellen\"", "ACTOR", "", {}}},
                          false),
      2);
  EXPECT_EQ(page_credits("a"), 3u);
  EXPECT_EQ(page_credits("b"), 1u);
  EXPECT_EQ(store().add_credits({{"b", "hf", "Harrison Ford", "Deckard", "ACTOR", "", {}}}, true),
            1);
  EXPECT_EQ(page_credits("b"), 1u);  // a dry run writes nothing
  auto edited = *store().find_movie("a");
  edited.title = "Alien (1979)";
  store().update_movie(edited, edited.version);
  EXPECT_EQ(page_credits("a"), 3u);
  const std::vector<store::MovieWithCredits> batch{
      {movie("a", "Alien"), std::vector<Credit>{{"", "hr", "H. R. Giger", "", "WRITER", "", {}}}},
      {movie("b", "Blade Runner"), std::nullopt},
      {movie("c", "Brazil"),
       std::vector<Credit>{{"", "tg", "Terry Gilliam", "", "DIRECTOR", "", {}}}},
      // A new title whose director comes second and whose actor comes twice.
      {movie("d", "Dune"),
       std::vector<Credit>{{"", "km", "Kyle MacLachlan", "Paul", "ACTOR", "", {}},
                           {"", "dl", "David Lynch", "", "DIRECTOR", "", {}},
                           {"", "km", "K. MacLachlan", "Paul", "ACTOR", "", {}},
                           {"", "fh", "Frank Herbert", "", "WRITER", "", {}}}}};
  store().upsert_movies(batch, false);
  EXPECT_EQ(page_credits("a"), 1u);
  EXPECT_EQ(page_credits("b"), 1u);
  EXPECT_EQ(page_credits("c"), 1u);
  EXPECT_EQ(page_credits("d"), 3u);
  store().replace_credits("a", {{"", "sw", "Sigourney Weaver", "Ripley", "ACTOR", "", {}},
                                {"", "sw", "Sigourney Weaver", "Ripley", "ACTOR", "", {}},
                                {"", "rs", "Ridley Scott", "", "DIRECTOR", "", {}}});
  EXPECT_EQ(page_credits("a"), 2u);
  store().replace_credits("a", {});
  EXPECT_EQ(page_credits("a"), 0u);
}

TEST_P(StoreContract, UsernamesAreUniqueWhateverTheirCase) {
  add_user("u1", "Ann");
  EXPECT_THROW(add_user("u2", "ann"), store::StoreConflict);
  const auto found = store().find_user_by_name("ANN");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->user.id, "u1");
  EXPECT_EQ(found->password_hash, "hash-of-Ann");
  EXPECT_FALSE(store().find_user_by_name("bob"));
}

TEST_P(StoreContract, UsersArePatchedListedAndCounted) {
  add_user("u1", "ann");
  add_user("u2", "bob", Role::admin);
  add_user("u3", "boss", Role::superadmin);
  store::UserPatch patch;
  patch.disabled = true;
  patch.display_name = "Bobby";
  const auto bob = store().update_user("u2", patch);
  ASSERT_TRUE(bob);
  EXPECT_TRUE(bob->disabled);
  EXPECT_EQ(bob->display_name, "Bobby");
  EXPECT_EQ(bob->role, Role::admin);  // untouched fields stay
  EXPECT_FALSE(store().update_user("nobody", patch));
  EXPECT_EQ(store().count_users(Role::admin, false), 1);
  EXPECT_EQ(store().count_users(Role::admin, true), 0);
  EXPECT_EQ(store().count_users(std::nullopt, false), 3);
  store::UserQuery q;
  q.q = "bo";
  EXPECT_EQ(store().list_users(q).total, 2);
  q.q = "%";  // a LIKE wildcard must match literally
  EXPECT_EQ(store().list_users(q).total, 0);
  q = {};
  q.role = Role::superadmin;
  EXPECT_EQ(store().list_users(q).items.at(0).username, "boss");
}

TEST_P(StoreContract, SessionsAreFoundUntilDeleted) {
  add_user("u1", "ann");
  store().insert_session({"s1", "u1", "2999-01-01T00:00:00.000Z"});
  store().insert_session({"s2", "u1", "2999-01-01T00:00:00.000Z"});
  ASSERT_TRUE(store().find_session("s1"));
  EXPECT_EQ(store().find_session("s1")->user_id, "u1");
  store().delete_session("s1");
  EXPECT_FALSE(store().find_session("s1"));
  store().delete_sessions_of("u1");
  EXPECT_FALSE(store().find_session("s2"));
}

TEST_P(StoreContract, DeletingAUserTakesBackTheirReactions) {
  add(movie("a", "Alien"));
  add_user("u1", "ann");
  add_user("u2", "bob");
  store().set_reaction("u1", "a", domain::Reaction::like);
  store().set_reaction("u2", "a", domain::Reaction::like);
  store().set_watched("u1", "a", true);
  store().insert_session({"s1", "u1", "2999-01-01T00:00:00.000Z"});
  EXPECT_TRUE(store().delete_user("u1"));
  EXPECT_FALSE(store().delete_user("u1"));
  const auto a = store().find_movie("a");
  EXPECT_EQ(a->likes, 1);
  EXPECT_EQ(a->watched, 0);
  EXPECT_FALSE(store().find_session("s1"));
}

TEST_P(StoreContract, AuditEntriesAreListedNewestFirstAndFiltered) {
  store().append_audit({0, "2026-01-01T00:00:00.000Z", "u1", "ann", "create", "movies", {"a"},
                        {{"title", "Alien"}}});
  store().append_audit({0, "2026-01-02T00:00:00.000Z", "u2", "bob", "delete", "users", {"u9"}, {}});
  const auto all = store().list_audit({});
  ASSERT_EQ(all.total, 2);
  EXPECT_EQ(all.items[0].action, "delete");
  EXPECT_EQ(all.items[1].summary.at("title"), "Alien");
  EXPECT_EQ(all.items[1].ids, std::vector<std::string>{"a"});
  store::AuditQuery q;
  q.actor = "ann";
  EXPECT_EQ(store().list_audit(q).total, 1);
  q = {};
  q.since = "2026-01-02";
  EXPECT_EQ(store().list_audit(q).items.at(0).actor_username, "bob");
}

}  // namespace moviedb::test
