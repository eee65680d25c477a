// The movie page's JSON text, written from the fields directly, must be the
// bytes the Boost.JSON path writes for the same movie: names, order, nulls,
// numbers and escapes.
#include "json_text/movie_json.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <limits>
#include <vector>

#include "json_text/json_text.hpp"

using moviedb::domain::Credit;
using moviedb::domain::Movie;
namespace json = boost::json;
namespace json_text = moviedb::json_text;

namespace {

std::string through_boost(const Movie& movie, const std::vector<Credit>& credits,
                          const json::object& more) {
  auto object = json::value_from(movie).as_object();
  object["credits"] = json::value_from(credits);
  for (const auto& member : more) object[member.key()] = member.value();
  return json_text::json_text(object);
}

std::string direct(const Movie& movie, const std::vector<Credit>& credits,
                   const json::object& more) {
  std::string text;
  json_text::append_json(text, movie, json_text::credits_json(credits), more);
  return text;
}

Movie everything_set() {
  Movie movie;
  movie.id = "tm1";
  movie.title = "Quote \" back \\ tab \t nul \x01 é 中 \xff end";
  movie.type = "SHOW";
  movie.description = "line\nbreak\r\b\f";
  movie.release_year = 1976;
  movie.age_certification = "R";
  movie.runtime = -1;
  movie.genres = {"crime", "drama \"noir\""};
  movie.production_countries = {"US"};
  movie.seasons = 0;
  movie.imdb_id = "tt0075314";
  movie.imdb_score = 7.0;
  movie.imdb_votes = std::numeric_limits<std::int64_t>::max();
  movie.tmdb_popularity = 0.1 + 0.2;
  movie.tmdb_score = -1e-7;
  movie.us_gross = std::numeric_limits<std::int64_t>::min();
  movie.worldwide_gross = 0;
  movie.us_dvd_sales = 12;
  movie.production_budget = 1'300'000;
  movie.rotten_tomatoes_rating = 98;
  movie.release_date = "1976-02-08";
  movie.likes = 3;
  movie.dislikes = 1;
  movie.watched = 2;
  movie.views = 40;
  movie.created_at = "2026-12-05T17:00:00.000Z";
  movie.updated_at = movie.created_at;
  movie.version = 9;
  return movie;
}

}  // namespace

TEST(MovieJson, MatchesTheBoostPathWithEveryFieldSet) {
  const auto movie = everything_set();
  const std::vector<Credit> credits{
      {"tm1", "p1", "Robert De Niro", "Travis \"T\" Bickle\n", "ACTOR", "", std::nullopt},
      {"tm1", "p2", "Martin Scorsese", "", "DIRECTOR", "", std::nullopt},
      // A filmography's credit names its title too.
      {"tm1", "p3", "\xff", "", "ACTOR", "Taxi Driver", 1976},
      {"tm1", "p4", "Someone", "", "ACTOR", "Undated", std::nullopt}};
  const json::object more{{"viewer", json::object{{"reaction", nullptr}}}};
  EXPECT_EQ(direct(movie, credits, more), through_boost(movie, credits, more));
  const auto parsed = json::parse(direct(movie, credits, more));
  EXPECT_EQ(parsed.at("tmdb_score").as_double(), -1e-7);
  EXPECT_EQ(parsed.at("credits").at(0).at("character").as_string(), "Travis \"T\" Bickle\n");
  EXPECT_EQ(parsed.at("credits").at(2).at("release_year").as_int64(), 1976);
  EXPECT_TRUE(parsed.at("credits").at(3).at("release_year").is_null());
}

TEST(MovieJson, MatchesTheBoostPathWithEveryOptionalFieldMissing) {
  const Movie movie;
  EXPECT_EQ(direct(movie, {}, {}), through_boost(movie, {}, {}));
  const auto parsed = json::parse(direct(movie, {}, {}));
  EXPECT_TRUE(parsed.at("imdb_score").is_null());
  EXPECT_EQ(parsed.at("genres").as_array().size(), 0u);
  EXPECT_EQ(parsed.at("credits").as_array().size(), 0u);
}

TEST(MovieJson, APageOfTitlesMatchesTheBoostPath) {
  moviedb::domain::Page<Movie> page{{everything_set(), Movie{}}, 3, 2, 10'000, false};
  const auto text = json_text::movies_page_json(page);
  EXPECT_EQ(text, json_text::json_text(moviedb::domain::page_json(page)));
  const auto parsed = json::parse(text);
  EXPECT_EQ(parsed.at("items").at(0).at("id").as_string(), "tm1");
  EXPECT_TRUE(parsed.at("items").at(1).at("imdb_score").is_null());
  EXPECT_FALSE(parsed.at("total_exact").as_bool());

  page = {{}, 1, 20, 0, true};
  EXPECT_EQ(json_text::movies_page_json(page),
            json_text::json_text(moviedb::domain::page_json(page)));
  EXPECT_EQ(json_text::movies_page_json(page),
            R"({"items":[],"page":1,"page_size":20,"total":0,"total_exact":true})");
}
