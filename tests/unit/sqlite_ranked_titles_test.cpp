// A store written before the score-ordered word index existed gets it filled
// on open, so its searches in the default order find every title.
#include <gtest/gtest.h>

#include "store/sqlite/connection.hpp"
#include "store/sqlite/ranked_titles.hpp"
#include "store/store.hpp"
#include "support/schema3_credits.hpp"
#include "support/temp_dir.hpp"

using moviedb::store::sqlite::Connection;
using moviedb::store::sqlite::kRankedTitles;
using moviedb::test::TempDir;

namespace {

moviedb::domain::Movie titled(std::string id, std::string title, std::optional<double> score) {
  moviedb::domain::Movie m;
  m.id = std::move(id);
  m.title = std::move(title);
  m.type = "MOVIE";
  m.imdb_score = score;
  return m;
}

}  // namespace

TEST(SqliteRankedTitles, AStoreFromBeforeTheIndexGetsItOnOpen) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  {
    auto store = moviedb::store::open_store("sqlite:" + path, 2);
    store->insert_movie(titled("a", "Night Train", 6.1));
    store->insert_movie(titled("b", "Night Shift", std::nullopt));
    store->insert_movie(titled("c", "Night Watch", 8.4));
  }
  {
    Connection db(path);  // the title index as versions 1 and 2 kept it
    db.exec(std::string("DROP TRIGGER ") + kRankedTitles + "_delete");
    db.exec(std::string("DROP TABLE ") + kRankedTitles);
    db.exec(R"sql(
DROP TRIGGER movies_delete;
CREATE VIRTUAL TABLE movies_fts USING fts5(
  title, content='movies', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 2', prefix='1 2 3');
INSERT INTO movies_fts(movies_fts) VALUES ('rebuild');
CREATE TRIGGER movies_fts_delete AFTER DELETE ON movies BEGIN
  INSERT INTO movies_fts(movies_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
  DELETE FROM movie_genres WHERE movie_rowid = old.rowid;
  DELETE FROM movie_countries WHERE movie_rowid = old.rowid;
END;
PRAGMA user_version = 2;
)sql");
    moviedb::test::keep_credits_as_in_schema_3(db);
  }
  auto store = moviedb::store::open_store("sqlite:" + path, 2);
  moviedb::domain::MovieQuery night;
  night.q = "nigh";
  std::vector<std::string> ids;
  for (const auto& m : store->search_movies(night).items) ids.push_back(m.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"c", "a", "b"}));
  EXPECT_EQ(store->delete_movies({"c"}), 1);  // the new triggers remove it from the index
  ids.clear();
  for (const auto& m : store->search_movies(night).items) ids.push_back(m.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"a", "b"}));
}

TEST(SqliteRankedTitles, ABulkLoadIndexesItsTitlesAtTheEndOrOnTheNextOpen) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  moviedb::domain::MovieQuery night;
  night.q = "night";
  auto found = [&](moviedb::store::Store& store) {
    std::vector<std::string> ids;
    for (const auto& m : store.search_movies(night).items) ids.push_back(m.id);
    return ids;
  };
  const std::vector<moviedb::store::MovieWithCredits> batch{
      {titled("a", "Night Train", 6.1), std::nullopt},
      {titled("b", "Night Shift", 7.5), std::nullopt},
      {titled("a", "Night Train", 6.9), std::nullopt}};  // again, changed, within the load
  {
    auto store = moviedb::store::open_store("sqlite:" + path, 2);
    store->begin_bulk_load();
    store->upsert_movies(batch, false);
    store->end_bulk_load();
    EXPECT_EQ(found(*store), (std::vector<std::string>{"b", "a"}));
    EXPECT_EQ(store->delete_movies({"a", "b"}), 2);
    EXPECT_TRUE(found(*store).empty());
  }
  {
    auto store = moviedb::store::open_store("sqlite:" + path, 2);
    store->begin_bulk_load();
    store->upsert_movies(batch, false);
  }  // stopped before end_bulk_load()
  auto store = moviedb::store::open_store("sqlite:" + path, 2);
  EXPECT_EQ(found(*store), (std::vector<std::string>{"b", "a"}));
}

TEST(SqliteRankedTitles, WritesByAnotherProcessDuringABulkLoadAreIndexedOnce) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  auto loader = moviedb::store::open_store("sqlite:" + path, 2);
  loader->begin_bulk_load();
  loader->upsert_movies({{titled("a", "Night Train", 6.1), std::nullopt},
                         {titled("b", "Night Shift", 7.5), std::nullopt},
                         {titled("c", "Night Watch", 5.0), std::nullopt}},
                        false);
  {
    auto server = moviedb::store::open_store("sqlite:" + path, 2);  // another process, say
    server->insert_movie(titled("d", "Night Owl", 9.0));            // indexed at once
    EXPECT_EQ(server->delete_movies({"c"}), 1);                     // never indexed
    auto renamed = *server->find_movie("a");
    renamed.title = "Night Train Home";
    ASSERT_TRUE(server->update_movie(renamed, renamed.version));
  }
  loader->end_bulk_load();
  moviedb::domain::MovieQuery night;
  night.q = "night";
  std::vector<std::string> ids;
  for (const auto& m : loader->search_movies(night).items) ids.push_back(m.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"d", "b", "a"}));
  night.q = "home";
  EXPECT_EQ(loader->search_movies(night).total, 1);
}
