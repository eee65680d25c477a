#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "domain/credit_input.hpp"
#include "domain/derived_id.hpp"
#include "domain/utf8.hpp"
#include "import/document_format.hpp"
#include "import/format.hpp"
#include "import/import_report.hpp"
#include "import/netflix_format.hpp"
#include "import/record_text.hpp"
#include "import/vega_format.hpp"

using namespace moviedb::importer;
namespace json = boost::json;
using moviedb::domain::derived_id;
using moviedb::domain::FieldError;
using moviedb::domain::valid_utf8;

namespace {

json::object object(std::string_view text) {
  return json::parse(text).as_object();
}

}  // namespace

TEST(ImportFormat, Names) {
  EXPECT_EQ(parse_format("vega"), Format::vega);
  EXPECT_EQ(parse_format("netflix"), Format::netflix);
  EXPECT_EQ(parse_format("json"), Format::json);
  EXPECT_EQ(parse_format("ndjson"), Format::ndjson);
  EXPECT_EQ(parse_format("xml"), std::nullopt);
  EXPECT_EQ(format_name(Format::ndjson), "ndjson");
}

TEST(ImportIds, DerivedFromTitleAndYear) {
  EXPECT_EQ(derived_id("vega-", "Star Wars: Episode IV", 1977), "vega-star-wars-episode-iv-1977");
  EXPECT_EQ(derived_id("vega-", "Amélie", std::nullopt), "vega-amelie");
  const auto long_id = derived_id("vega-", std::string(200, 'a'), 2001);
  EXPECT_EQ(long_id.size(), 64u);
  EXPECT_TRUE(long_id.ends_with("-2001"));
  const auto no_letters = derived_id("", "千と千尋の神隠し", 2001);
  EXPECT_EQ(no_letters.size(), 16u + 5u);
  EXPECT_EQ(no_letters, derived_id("", "千と千尋の神隠し", 2001));  // stable
}

TEST(ImportText, Utf8Validation) {
  EXPECT_TRUE(valid_utf8("plain, Amélie, 千"));
  EXPECT_FALSE(valid_utf8("\xC3"));
  EXPECT_FALSE(valid_utf8("\xC0\xAF"));      // overlong '/'
  EXPECT_FALSE(valid_utf8("\xED\xA0\x80"));  // surrogate
  EXPECT_FALSE(valid_utf8("\xFF"));
}

TEST(VegaFormat, Dates) {
  EXPECT_EQ(vega_date("Jun 12 1998"), "1998-06-12");
  EXPECT_EQ(vega_date("1998-06-12"), "1998-06-12");
  // The file's two-digit-year artefacts: Gone with the Wind is from 1939.
  EXPECT_EQ(vega_date("Dec 15 2039"), "1939-12-15");
  EXPECT_EQ(vega_date("Dec 23 2011"), "2011-12-23");
  EXPECT_EQ(vega_date("Foo 12 1998"), std::nullopt);
  EXPECT_EQ(vega_date("Jun 32 1998"), std::nullopt);
  EXPECT_EQ(vega_date("tomorrow"), std::nullopt);
}

TEST(VegaFormat, MapsEveryColumn) {
  std::vector<FieldError> errors;
  const auto record = vega_record(object(R"({
      "Title": "The Truman Show", "US Gross": 125618201, "Worldwide Gross": 248400000,
      "US DVD Sales": null, "Production Budget": 60000000, "Release Date": "Jun 05 1998",
      "MPAA Rating": "PG", "Running Time min": 103, "Distributor": "Paramount Pictures",
      "Source": "Original Screenplay", "Major Genre": "Comedy",
      "Creative Type": "Contemporary Fiction", "Director": "Peter Weir",
      "Rotten Tomatoes Rating": 94, "IMDB Rating": 8, "IMDB Votes": 156346})"),
                                  errors);
  ASSERT_TRUE(errors.empty()) << describe(errors);
  const auto& m = record.movie;
  EXPECT_EQ(m.id, "vega-the-truman-show-1998");
  EXPECT_EQ(m.title, "The Truman Show");
  EXPECT_EQ(m.type, "MOVIE");
  EXPECT_EQ(m.us_gross, 125618201);
  EXPECT_EQ(m.worldwide_gross, 248400000);
  EXPECT_EQ(m.us_dvd_sales, std::nullopt);
  EXPECT_EQ(m.production_budget, 60000000);
  EXPECT_EQ(m.release_date, "1998-06-05");
  EXPECT_EQ(m.release_year, 1998);
  EXPECT_EQ(m.age_certification, "PG");
  EXPECT_EQ(m.runtime, 103);
  EXPECT_EQ(m.distributor, "Paramount Pictures");
  EXPECT_EQ(m.source, "Original Screenplay");
  EXPECT_EQ(m.genres, (std::vector<std::string>{"comedy"}));
  EXPECT_EQ(m.creative_type, "Contemporary Fiction");
  EXPECT_EQ(m.rotten_tomatoes_rating, 94);
  EXPECT_EQ(m.imdb_score, 8.0);
  EXPECT_EQ(m.imdb_votes, 156346);
  ASSERT_TRUE(record.credits);
  ASSERT_EQ(record.credits->size(), 1u);
  const auto& director = record.credits->front();
  EXPECT_EQ(director.movie_id, m.id);
  EXPECT_EQ(director.person_id, "peter-weir");  // person_id_for, whatever the road
  EXPECT_EQ(director.name, "Peter Weir");
  EXPECT_EQ(director.role, "DIRECTOR");
}

TEST(VegaFormat, NumericTitlesAndMissingYearOrDirector) {
  std::vector<FieldError> errors;
  const auto record =
      vega_record(object(R"({"Title": 1776, "Release Date": null, "Director": null})"), errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(record.movie.title, "1776");
  EXPECT_EQ(record.movie.id, "vega-1776");
  EXPECT_FALSE(record.credits);  // no director: credits stored before stay
}

TEST(VegaFormat, ErrorsNameVegaKeys) {
  std::vector<FieldError> errors;
  vega_record(object(R"({"Title": null, "IMDB Rating": 11, "Release Date": "soon", "Extra": 1})"),
              errors);
  const auto text = describe(errors);
  EXPECT_NE(text.find("Title: is required"), std::string::npos) << text;
  EXPECT_NE(text.find("IMDB Rating: must be between 0 and 10"), std::string::npos) << text;
  EXPECT_NE(text.find("Release Date: must be a date"), std::string::npos) << text;
  EXPECT_NE(text.find("Extra: unknown field"), std::string::npos) << text;
}

TEST(DocumentFormat, ApiShapeWithCredits) {
  std::vector<FieldError> errors;
  const auto record = document_record(object(R"({
      "_id": "m1", "title": "Heat", "type": "MOVIE", "release_year": 1995,
      "genres": ["Crime", "drama"], "likes": 99, "version": 7,
      "credits": [{"name": "Al Pacino", "character": "Vincent Hanna", "role": "actor"},
                  {"person_id": 42, "name": "Michael Mann", "role": "DIRECTOR",
                   "movie_id": "m1"}]})"),
                                      errors);
  ASSERT_TRUE(errors.empty()) << describe(errors);
  EXPECT_EQ(record.movie.id, "m1");
  EXPECT_EQ(record.movie.genres, (std::vector<std::string>{"crime", "drama"}));
  EXPECT_EQ(record.movie.likes, 0);  // counters are not the import's to set
  ASSERT_TRUE(record.credits);
  ASSERT_EQ(record.credits->size(), 2u);
  EXPECT_EQ((*record.credits)[0].person_id, "al-pacino");
  EXPECT_EQ((*record.credits)[0].role, "ACTOR");
  EXPECT_EQ((*record.credits)[0].movie_id, "m1");
  EXPECT_EQ((*record.credits)[1].person_id, "42");
}

TEST(DocumentFormat, MissingIdIsDerivedAndBadCreditsAreNamed) {
  std::vector<FieldError> errors;
  const auto record = document_record(object(R"({"title": "Heat", "release_year": 1995})"), errors);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(record.movie.id, "heat-1995");
  EXPECT_FALSE(record.credits);

  document_record(object(R"({"id": "m2", "title": "X", "credits": [{"name": "", "role": "?"},
                                                                    {"name": "A", "role": "ACTOR", "age": 3}]})"),
                  errors);
  const auto text = describe(errors);
  EXPECT_NE(text.find("credits[0].name: is required"), std::string::npos) << text;
  EXPECT_NE(text.find("credits[0].role"), std::string::npos) << text;
  EXPECT_NE(text.find("credits[1].age: unknown field"), std::string::npos) << text;
}

TEST(NetflixFormat, PythonLists) {
  using Items = std::vector<std::string>;
  EXPECT_EQ(parse_python_list("['drama', 'crime']"), (Items{"drama", "crime"}));
  EXPECT_EQ(parse_python_list("[]"), Items{});
  EXPECT_EQ(parse_python_list(""), Items{});
  EXPECT_EQ(parse_python_list("[\"children's\", 'a\\'b']"), (Items{"children's", "a'b"}));
  EXPECT_EQ(parse_python_list("['US','GB']"), (Items{"US", "GB"}));
  EXPECT_EQ(parse_python_list("drama"), std::nullopt);
  EXPECT_EQ(parse_python_list("['drama"), std::nullopt);
  EXPECT_EQ(parse_python_list("['a' 'b']"), std::nullopt);
}

TEST(NetflixFormat, TitleRow) {
  const std::vector<std::string> header{"id",          "title",           "type",
                                        "description", "release_year",    "age_certification",
                                        "runtime",     "genres",          "production_countries",
                                        "seasons",     "imdb_id",         "imdb_score",
                                        "imdb_votes",  "tmdb_popularity", "tmdb_score"};
  const NetflixColumns columns(NetflixFile::titles, header);
  CsvRecord row;
  row.fields = {"ts300399", "Five Came Back",
                "SHOW",     "A documentary.",
                "1945",     "TV-MA",
                "51",       "['documentation']",
                "['US']",   "1.0",
                "",         "",
                "1092.0",   "0.6",
                "7.5"};
  std::vector<FieldError> errors;
  const auto record = netflix_title(columns, row, errors);
  ASSERT_TRUE(errors.empty()) << describe(errors);
  const auto& m = record.movie;
  EXPECT_EQ(m.id, "ts300399");
  EXPECT_EQ(m.type, "SHOW");
  EXPECT_EQ(m.release_year, 1945);
  EXPECT_EQ(m.seasons, 1);
  EXPECT_EQ(m.imdb_votes, 1092);
  EXPECT_EQ(m.imdb_score, std::nullopt);
  EXPECT_EQ(m.tmdb_popularity, 0.6);
  EXPECT_EQ(m.genres, (std::vector<std::string>{"documentation"}));
  EXPECT_EQ(m.production_countries, (std::vector<std::string>{"US"}));
  EXPECT_FALSE(record.credits);

  row.fields[11] = "high";
  row.fields[7] = "drama";
  errors.clear();
  netflix_title(columns, row, errors);
  const auto text = describe(errors);
  EXPECT_NE(text.find("imdb_score: must be a number"), std::string::npos) << text;
  EXPECT_NE(text.find("genres: must be a list"), std::string::npos) << text;
}

TEST(NetflixFormat, HeadersAreChecked) {
  EXPECT_EQ(netflix_file_of({"person_id", "id", "name", "character", "role"}),
            NetflixFile::credits);
  EXPECT_EQ(netflix_file_of({"id", "title", "type"}), NetflixFile::titles);
  EXPECT_EQ(netflix_file_of({"a", "b"}), std::nullopt);
  using Header = std::vector<std::string>;
  EXPECT_THROW((NetflixColumns(NetflixFile::titles, Header{"id", "title", "imbd_score"})),
               ImportFailed);
  EXPECT_THROW((NetflixColumns(NetflixFile::credits, Header{"person_id", "id", "name"})),
               ImportFailed);
}

TEST(DocumentFormat, ExportedMoviesImportUnchanged) {
  moviedb::domain::Movie movie;
  movie.id = "tm84618";
  movie.title = "Taxi Driver";
  movie.description = "A veteran drives a cab.";
  movie.release_year = 1976;
  movie.genres = {"crime", "drama"};
  movie.production_countries = {"US"};
  movie.imdb_score = 8.2;
  movie.imdb_votes = 808582;
  movie.us_gross = 28262574;
  movie.likes = 12;  // counters and timestamps are the store's: skipped on import
  movie.version = 4;
  movie.created_at = "2024-05-01T12:00:00.000Z";
  std::vector<FieldError> errors;
  const auto record = document_record(json::value_from(movie).as_object(), errors);
  ASSERT_TRUE(errors.empty()) << describe(errors);
  auto expected = movie;
  expected.likes = 0;
  expected.version = 0;
  expected.created_at.clear();
  EXPECT_EQ(json::value_from(record.movie), json::value_from(expected));
}

TEST(Credits, OneValidationCountsCharactersAndDerivesOnePersonId) {
  std::vector<FieldError> errors;
  moviedb::domain::Credit credit;
  credit.role = " actor ";
  for (int i = 0; i < 200; ++i) credit.name += "é";  // 200 characters, 400 bytes
  const auto checked = moviedb::domain::checked_credit(credit, errors, "credits[0]");
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(checked.role, "ACTOR");
  EXPECT_EQ(checked.person_id, moviedb::domain::person_id_for(credit.name));
  credit.name += "é";
  moviedb::domain::checked_credit(credit, errors, "credits[0]");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].field, "credits[0].name");
}
