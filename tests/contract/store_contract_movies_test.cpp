#include "contract/store_contract.hpp"
#include "domain/clock.hpp"

namespace moviedb::test {

using domain::Movie;
using domain::MovieQuery;

Movie StoreContract::movie(std::string id, std::string title, double score,
                           std::vector<std::string> genres, int year) {
  Movie m;
  m.id = std::move(id);
  m.title = std::move(title);
  m.imdb_score = score;
  m.genres = std::move(genres);
  m.release_year = year;
  return m;
}

void StoreContract::add_user(const std::string& id, const std::string& name, domain::Role role) {
  const auto now = domain::now_iso();
  store().insert_user({{id, name, name, role, false, now, now}, "hash-of-" + name});
}

namespace {

std::vector<std::string> ids_of(const domain::Page<Movie>& page) {
  std::vector<std::string> ids;
  for (const auto& m : page.items) ids.push_back(m.id);
  return ids;
}

MovieQuery text(std::string q) {
  MovieQuery query;
  query.q = std::move(q);
  return query;
}

}  // namespace

TEST_P(StoreContract, InsertedMovieComesBackWithTimestampsAndVersion) {
  auto m = movie("m1", "Alien", 8.5, {"horror", "sci-fi"}, 1979);
  m.production_countries = {"GB", "US"};
  m.us_gross = 80'931'801;
  const auto stored = add(m);
  EXPECT_EQ(stored.version, 1);
  EXPECT_FALSE(stored.created_at.empty());
  const auto found = store().find_movie("m1");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->title, "Alien");
  EXPECT_EQ(found->genres, (std::vector<std::string>{"horror", "sci-fi"}));
  EXPECT_EQ(found->production_countries, (std::vector<std::string>{"GB", "US"}));
  EXPECT_EQ(found->us_gross, 80'931'801);
  EXPECT_EQ(found->release_year, 1979);
  EXPECT_FALSE(store().find_movie("nope"));
  EXPECT_THROW(add(m), store::StoreConflict);
}

TEST_P(StoreContract, UpdateChecksTheVersion) {
  auto m = add(movie("m1", "Alien"));
  m.title = "Alien (Director's Cut)";
  const auto updated = store().update_movie(m, 1);
  ASSERT_TRUE(updated);
  EXPECT_EQ(updated->version, 2);
  EXPECT_EQ(updated->title, "Alien (Director's Cut)");
  EXPECT_THROW(store().update_movie(m, 1), store::StoreConflict);
  m.id = "missing";
  EXPECT_FALSE(store().update_movie(m, 1));
  EXPECT_EQ(store().search_movies(text("director")).total, 1);  // search follows the new title
  EXPECT_EQ(store().search_movies(text("alien")).total, 1);
}

TEST_P(StoreContract, TitleSearchFoldsCaseAndAccentsAndCompletesTheLastWord) {
  add(movie("a", "Amélie"));
  add(movie("g", "The Godfather"));
  add(movie("g2", "The Godfather Part II"));
  add(movie("x", "Gods and Monsters"));
  EXPECT_EQ(ids_of(store().search_movies(text("ame"))), std::vector<std::string>{"a"});
  EXPECT_EQ(store().search_movies(text("AMELIE")).total, 1);
  EXPECT_EQ(store().search_movies(text("amélie")).total, 1);
  EXPECT_EQ(store().search_movies(text("the godf")).total, 2);
  EXPECT_EQ(store().search_movies(text("godfather part")).total, 1);
  EXPECT_EQ(store().search_movies(text("gods")).total, 1);  // earlier words are whole
}

TEST_P(StoreContract, SearchTreatsOperatorsAndPatternsAsText) {
  add(movie("a", "Alien"));
  for (const auto* q : {"(.*", "\"", "al* OR 1=1", "$where", "a\\", "NEAR(", "{\"$gt\": \"\"}"}) {
    EXPECT_NO_THROW(store().search_movies(text(q))) << q;
  }
  EXPECT_EQ(store().search_movies(text(".*")).total, 0);
  EXPECT_EQ(store().search_movies(text("al*")).total, 1);  // '*' is punctuation, 'al' a prefix
}

TEST_P(StoreContract, FiltersCombineAndRepeatedValuesMeanAnyOf) {
  auto a = movie("a", "Alpha", 8.0, {"drama"}, 1990);
  a.age_certification = "R";
  a.production_countries = {"US"};
  auto b = movie("b", "Beta", 6.0, {"comedy"}, 2005);
  b.type = "SHOW";
  b.production_countries = {"FR"};
  auto c = movie("c", "Gamma", 7.0, {"drama", "comedy"}, 2010);
  c.age_certification = "PG";
  for (const auto& m : {a, b, c}) add(m);
  MovieQuery q;
  q.genres = {"comedy", "horror"};
  EXPECT_EQ(ids_of(store().search_movies(q)), (std::vector<std::string>{"c", "b"}));
  q = {};
  q.type = "SHOW";
  EXPECT_EQ(ids_of(store().search_movies(q)), std::vector<std::string>{"b"});
  q = {};
  q.year_min = 2000;
  q.year_max = 2008;
  EXPECT_EQ(ids_of(store().search_movies(q)), std::vector<std::string>{"b"});
  q = {};
  q.score_min = 7.0;
  q.genres = {"drama"};
  EXPECT_EQ(ids_of(store().search_movies(q)), (std::vector<std::string>{"a", "c"}));
  q = {};
  q.certifications = {"PG", "R"};
  EXPECT_EQ(store().count_movies(q), 2);
  q = {};
  q.countries = {"FR"};
  EXPECT_EQ(ids_of(store().search_movies(q)), std::vector<std::string>{"b"});
}

TEST_P(StoreContract, SortsAndPagesStably) {
  for (int i = 0; i < 25; ++i) {
    add(movie("m" + std::to_string(100 + i), "Title " + std::to_string(100 + i), 5.0, {"drama"},
              1950 + i));
  }
  MovieQuery q;
  q.page_size = 10;
  std::vector<std::string> seen;
  for (q.page = 1; q.page <= 3; ++q.page) {
    const auto page = store().search_movies(q);
    EXPECT_EQ(page.total, 25);
    for (const auto& m : page.items) seen.push_back(m.id);
  }
  std::sort(seen.begin(), seen.end());
  EXPECT_EQ(std::unique(seen.begin(), seen.end()), seen.end()) << "a title appeared twice";
  EXPECT_EQ(seen.size(), 25u);
  q = {};
  q.sort = {"release_year", true};
  q.page_size = 2;
  EXPECT_EQ(ids_of(store().search_movies(q)), (std::vector<std::string>{"m124", "m123"}));
  q.sort = {"title", false};
  EXPECT_EQ(ids_of(store().search_movies(q)), (std::vector<std::string>{"m100", "m101"}));
  q.page = 100;
  EXPECT_TRUE(store().search_movies(q).items.empty());
}

TEST_P(StoreContract, DeletingAMovieTakesItsCreditsAndInteractions) {
  add(movie("a", "Alien"));
  add(movie("b", "Blade Runner"));
  store().replace_credits("a", {{"", "p1", "Sigourney Weaver", "Ripley", "ACTOR", "", {}}});
  add_user("u1", "ann");
  store().set_reaction("u1", "a", domain::Reaction::like);
  EXPECT_EQ(store().delete_movies({"a", "missing"}), 1);
  EXPECT_FALSE(store().find_movie("a"));
  EXPECT_TRUE(store().credits_of("a").empty());
  EXPECT_FALSE(store().find_interaction("u1", "a"));
  EXPECT_TRUE(store().find_movie("b"));
  MovieQuery q;
  q.person = "weaver";
  EXPECT_EQ(store().count_movies(q), 0);
}

TEST_P(StoreContract, UpsertIsIdempotentAndKeepsCounters) {
  add_user("u1", "ann");
  std::vector<store::MovieWithCredits> batch{{movie("a", "Alien"), std::nullopt},
                                             {movie("b", "Brazil"), std::nullopt}};
  const auto dry = store().upsert_movies(batch, true);
  EXPECT_EQ(dry.inserted, 2);
  EXPECT_FALSE(store().find_movie("a"));
  const auto first = store().upsert_movies(batch, false);
  EXPECT_EQ(first.inserted, 2);
  EXPECT_EQ(first.updated, 0);
  store().set_reaction("u1", "a", domain::Reaction::like);
  batch[0].movie.title = "Alien (1979)";
  const auto second = store().upsert_movies(batch, false);
  EXPECT_EQ(second.inserted, 0);
  EXPECT_EQ(second.updated, 2);
  const auto a = store().find_movie("a");
  EXPECT_EQ(a->title, "Alien (1979)");
  EXPECT_EQ(a->likes, 1);
  EXPECT_EQ(store().count_movies({}), 2);
  EXPECT_EQ(store().existing_movie_ids({"a", "zz", "b"}), (std::vector<std::string>{"a", "b"}));
}

TEST_P(StoreContract, GenresAreCountedForFacets) {
  add(movie("a", "A", 7, {"drama", "comedy"}));
  add(movie("b", "B", 7, {"drama"}));
  const auto genres = store().genres();
  ASSERT_EQ(genres.size(), 2u);
  EXPECT_EQ(genres[0].genre, "drama");
  EXPECT_EQ(genres[0].count, 2);
  EXPECT_EQ(genres[1].count, 1);
}

TEST_P(StoreContract, MovieIdsFollowTheFilterForBulkDeletes) {
  for (int i = 0; i < 7; ++i) add(movie("h" + std::to_string(i), "Horror " + std::to_string(i), 5, {"horror"}));
  add(movie("d", "Drama", 5, {"drama"}));
  MovieQuery q;
  q.genres = {"horror"};
  EXPECT_EQ(store().movie_ids(q, 5).size(), 5u);
  EXPECT_EQ(store().movie_ids(q, 100).size(), 7u);
}

}  // namespace moviedb::test
