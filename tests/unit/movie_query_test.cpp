#include <gtest/gtest.h>

#include "domain/movie_query.hpp"

using namespace moviedb::domain;

namespace {

std::vector<FieldError> errors_of(const QueryParams& params) {
  try {
    parse_movie_query(params);
  } catch (const ValidationError& e) {
    return e.errors();
  }
  return {};
}

}  // namespace

TEST(MovieQuery, ReadsEveryKey) {
  const auto q = parse_movie_query({{"q", " star wa "}, {"type", "show"}, {"genre", "Drama"},
                                    {"genre", "comedy"}, {"year_min", "1990"}, {"year_max", "2000"},
                                    {"score_min", "7.5"}, {"certification", "R"},
                                    {"country", "us"}, {"person", "Scott"}, {"sort", "-likes"},
                                    {"page", "3"}, {"page_size", "50"}});
  EXPECT_EQ(q.q, "star wa");
  EXPECT_EQ(q.type, "SHOW");
  EXPECT_EQ(q.genres, (std::vector<std::string>{"comedy", "drama"})) << "sorted: any of";
  EXPECT_EQ(q.year_min, 1990);
  EXPECT_DOUBLE_EQ(*q.score_min, 7.5);
  EXPECT_EQ(q.countries, std::vector<std::string>{"US"});
  EXPECT_EQ(q.sort.field, "likes");
  EXPECT_TRUE(q.sort.descending);
  EXPECT_EQ(q.offset(), 100);
  EXPECT_TRUE(q.has_filter());
  EXPECT_FALSE(parse_movie_query({}).has_filter());
}

TEST(MovieQuery, DefaultsSortByScoreDescending) {
  const auto q = parse_movie_query({});
  EXPECT_EQ(q.sort.field, "imdb_score");
  EXPECT_TRUE(q.sort.descending);
  EXPECT_EQ(q.page_size, 20);
}

TEST(MovieQuery, RejectsBadValuesNamingEachKey) {
  const auto errors = errors_of({{"score_min", "1e999"}, {"year_min", " 1990"}, {"page", "0"},
                                 {"page_size", "101"}, {"sort", "password"}, {"type", "podcast"},
                                 {"colour", "red"}});
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field);
  EXPECT_EQ(fields, (std::vector<std::string>{"score_min", "year_min", "page", "page_size", "sort",
                                              "type", "colour"}));
  // An empty year range is a valid query that matches nothing.
  EXPECT_TRUE(errors_of({{"year_min", "2000"}, {"year_max", "1990"}}).empty());
  // Lengths count characters: 200 two-byte letters pass, 201 do not.
  std::string word;
  for (int i = 0; i < 200; ++i) word += "é";
  EXPECT_TRUE(errors_of({{"q", word}}).empty());
  EXPECT_EQ(errors_of({{"q", word + "é"}}).at(0).message, "must be at most 200 characters");
  EXPECT_EQ(errors_of({{"score_min", "nan"}}).size(), 1u);
  EXPECT_TRUE(errors_of({{"score_min", "2.2250738585e-313"}}).empty());  // underflow is ~0
}

TEST(MovieQuery, CallersMayReserveExtraKeys) {
  EXPECT_NO_THROW(parse_movie_query({{"format", "csv"}, {"genre", "drama"}}, {"format"}));
  EXPECT_THROW(parse_movie_query({{"format", "csv"}}), ValidationError);
}

TEST(MovieQuery, ListsAreSortedDeduplicatedAndCapped) {
  QueryParams params;
  for (int i = 0; i < 500; ++i) params.emplace_back("certification", "R");
  params.emplace_back("certification", "PG");
  const auto q = parse_movie_query(params);
  EXPECT_EQ(q.certifications, (std::vector<std::string>{"PG", "R"}));
  QueryParams many;
  for (int i = 0; i <= 20; ++i) many.emplace_back("certification", "c" + std::to_string(i));
  EXPECT_THROW(parse_movie_query(many), ValidationError);
}

TEST(MovieQuery, OneCanonicalKeyPerMeaning) {
  const auto a = parse_movie_query({{"genre", "drama"}, {"genre", "comedy"}, {"q", "star"}});
  const auto b = parse_movie_query({{"q", "star"}, {"genre", "Comedy"}, {"genre", "drama"},
                                    {"genre", "drama"}, {"page", "1"}});
  EXPECT_EQ(canonical_key(a), canonical_key(b));
  const auto c = parse_movie_query({{"q", "star"}, {"genre", "drama"}});
  EXPECT_NE(canonical_key(a), canonical_key(c));
  const auto d = parse_movie_query({{"score_min", "7.25"}});
  const auto e = parse_movie_query({{"score_min", "7.2500001"}});
  EXPECT_NE(canonical_key(d), canonical_key(e));
}
