// A store from before credits were clustered by title (schema 3) is upgraded
// on open: every credit stays, in the order it was credited, and new credits
// go after them. One from before titles kept a copy of them (schema 4) gets it.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "json_text/movie_json.hpp"
#include "store/sqlite/connection.hpp"
#include "store/store.hpp"
#include "support/schema3_credits.hpp"
#include "support/temp_dir.hpp"

using moviedb::store::sqlite::Connection;
using moviedb::test::TempDir;

namespace {

std::vector<std::string> credited(moviedb::store::Store& store, const std::string& movie_id) {
  std::vector<std::string> people;
  for (const auto& credit : store.credits_of(movie_id)) {
    people.push_back(credit.person_id + "/" + credit.name + "/" + credit.character);
  }
  return people;
}

}  // namespace

TEST(SqliteCreditsByTitle, AStoreFromSchema3KeepsItsCreditsInTheirOrder) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  {
    auto store = moviedb::store::open_store("sqlite:" + path, 2);
    moviedb::domain::Movie movie;
    movie.id = "m1";
    movie.title = "Alien";
    movie.type = "MOVIE";
    store->insert_movie(movie);
    store->replace_credits("m1", {{"", "z", "Zed", "Ash", "ACTOR", "", {}},
                                  {"", "y", "Yann", "", "DIRECTOR", "", {}},
                                  {"", "b", "Bea", "Ripley", "ACTOR", "", {}}});
  }
  {
    Connection db(path);  // credits as schema 3 kept them: a rowid table in credited order
    db.exec("BEGIN");
    moviedb::test::keep_credits_as_in_schema_3(db);
    db.exec("PRAGMA user_version = 3");
    db.exec("COMMIT");
  }
  auto store = moviedb::store::open_store("sqlite:" + path, 2);
  EXPECT_EQ(credited(*store, "m1"),
            (std::vector<std::string>{"y/Yann/", "z/Zed/Ash", "b/Bea/Ripley"}));
  EXPECT_EQ(store->find_movie_detail("m1")->credits_json,
            moviedb::json_text::credits_json(store->credits_of("m1")));
  EXPECT_EQ(store->add_credits({{"m1", "a", "Abe", "", "ACTOR", "", {}}}, false), 1);
  EXPECT_EQ(store->add_credits({{"m1", "b", "Bea", "Ripley", "ACTOR", "", {}}}, false), 0);
  EXPECT_EQ(credited(*store, "m1"),
            (std::vector<std::string>{"y/Yann/", "z/Zed/Ash", "b/Bea/Ripley", "a/Abe/"}));
  EXPECT_EQ(store->filmography("b").size(), 1u);  // the index by person is back

  Connection db(path);
  EXPECT_ANY_THROW(db.exec("SELECT rowid FROM credits"));  // clustered by title now
  auto& version = db.prepare("PRAGMA user_version");
  ASSERT_TRUE(version.step());
  EXPECT_EQ(version.int64(0), 5);
}

// Schema 5 keeps a copy of each title's credits in its row for the movie page;
// the upgrade writes it for every credited title, in the page's order.
TEST(SqliteCreditsByTitle, AStoreFromSchema4GetsACopyOfEachTitlesCredits) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  {
    auto store = moviedb::store::open_store("sqlite:" + path, 2);
    for (const auto* id : {"m1", "m2", "m3"}) {
      moviedb::domain::Movie movie;
      movie.id = id;
      movie.title = std::string("Title ") + id;
      movie.type = "MOVIE";
      store->insert_movie(movie);
    }
    store->replace_credits("m1", {{"", "z", "Zed", "Ash", "ACTOR", "", {}},
                                  {"", "y", "Yann", "", "DIRECTOR", "", {}}});
    store->replace_credits("m3", {{"", "b", "Bea \"B\" \u00e9", "Ripley", "ACTOR", "", {}}});
  }
  {
    Connection db(path);
    db.exec("BEGIN");
    moviedb::test::drop_title_credit_copies(db);
    db.exec("PRAGMA user_version = 4");
    db.exec("COMMIT");
  }
  auto store = moviedb::store::open_store("sqlite:" + path, 2);
  EXPECT_EQ(store->find_movie_detail("m1")->credits_json,
            R"([{"movie_id":"m1","person_id":"y","name":"Yann","character":"","role":"DIRECTOR"},)"
            R"({"movie_id":"m1","person_id":"z","name":"Zed","character":"Ash","role":"ACTOR"}])");
  EXPECT_EQ(store->find_movie_detail("m2")->credits_json, "[]");
  EXPECT_EQ(store->find_movie_detail("m3")->credits_json,
            moviedb::json_text::credits_json(store->credits_of("m3")));
}
