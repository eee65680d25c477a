// The importers against a real SQLite store in a temp dir: what lands in the
// store, what is rejected with which index, and that runs repeat cleanly.
#include <gtest/gtest.h>

#include "import/importer.hpp"
#include "store/store.hpp"
#include "support/temp_dir.hpp"

using namespace moviedb::importer;
using moviedb::test::TempDir;

namespace {

class ImportStore : public ::testing::Test {
 protected:
  void SetUp() override {
    store_ = moviedb::store::open_store("sqlite:" + (dir_.path() / "db.sqlite3").string(), 2);
  }

  ImportReport run(Format format, const std::string& main, const std::string* credits = nullptr,
                   bool dry_run = false, std::size_t batch_size = 2) {
    StringSource main_source(main, 7);  // small reads: records straddle chunks
    std::optional<StringSource> credits_source;
    if (credits) credits_source.emplace(*credits, 5);
    ImportOptions options;
    options.dry_run = dry_run;
    options.batch_size = batch_size;
    return import_movies(*store_, format, main_source, credits_source ? &*credits_source : nullptr,
                         options);
  }

  std::int64_t movie_count() { return store_->count_movies({}); }

  TempDir dir_;
  std::unique_ptr<moviedb::store::Store> store_;
};

void expect_counts(const ImportReport& r, std::int64_t inserted, std::int64_t updated,
                   std::int64_t rejected) {
  EXPECT_EQ(r.inserted, inserted);
  EXPECT_EQ(r.updated, updated);
  EXPECT_EQ(r.rejected, rejected);
  EXPECT_EQ(r.records, inserted + updated + rejected);
}

const std::string kVega = R"([
  {"Title": "The Land Girls", "US Gross": 146083, "Worldwide Gross": 146083, "US DVD Sales": null,
   "Production Budget": 8000000, "Release Date": "Jun 12 1998", "MPAA Rating": "R",
   "Running Time min": null, "Distributor": "Gramercy", "Source": null, "Major Genre": null,
   "Creative Type": null, "Director": null, "Rotten Tomatoes Rating": null, "IMDB Rating": 6.1,
   "IMDB Votes": 1071},
  {"Title": null, "Release Date": "Nov 03 2006", "IMDB Rating": 6.6},
  {"Title": 1776, "Release Date": "Nov 09 1972", "Major Genre": "Drama", "Director": "Peter H. Hunt",
   "IMDB Rating": 7},
  {"Title": "Broken", "IMDB Rating": 12},
  {"Title": "Gone with the Wind", "Release Date": "Dec 15 2039", "Director": "Victor Fleming"}
])";

const std::string kTitles =
    "id,title,type,description,release_year,age_certification,runtime,genres,"
    "production_countries,seasons,imdb_id,imdb_score,imdb_votes,tmdb_popularity,tmdb_score\r\n"
    "ts1,Five Came Back,SHOW,\"WWII, told by \"\"five\"\" directors\nin three parts\",1945,TV-MA,"
    "51,['documentation'],['US'],1.0,,,,0.6,\r\n"
    "tm1,Taxi Driver,MOVIE,A vet.,1976,R,114,\"['drama', 'crime']\",['US'],,tt0075314,8.2,808582.0,"
    "40.965,8.179\r\n"
    ",No Id,MOVIE,,,,,,,,,,,,\r\n"
    "tm2,Bad Score,MOVIE,,2000,,,,,,,eleven,,,\r\n";

const std::string kCredits =
    "person_id,id,name,character,role\n"
    "3748,tm1,Robert De Niro,Travis Bickle,ACTOR\n"
    "14658,tm1,Jodie Foster,\"Iris \"\"Easy\"\" Steensma\",ACTOR\n"
    "1001,tm404,Nobody,,ACTOR\n"
    "3308,tm1,Martin Scorsese,,DIRECTOR\n"
    "3748,tm1,Robert De Niro,Travis Bickle,ACTOR\n"
    ",tm1,,,ACTOR\n";

}  // namespace

TEST_F(ImportStore, VegaRecordsLandWithTheirDirector) {
  const auto report = run(Format::vega, kVega);
  expect_counts(report, 3, 0, 2);
  ASSERT_EQ(report.errors.size(), 2u);
  EXPECT_EQ(report.errors[0].index, 1);
  EXPECT_NE(report.errors[0].message.find("Title: is required"), std::string::npos);
  EXPECT_EQ(report.errors[1].index, 3);
  EXPECT_EQ(report.errors[1].id, "vega-broken");
  EXPECT_NE(report.errors[1].message.find("IMDB Rating"), std::string::npos);

  const auto land_girls = store_->find_movie("vega-the-land-girls-1998");
  ASSERT_TRUE(land_girls);
  EXPECT_EQ(land_girls->production_budget, 8000000);
  EXPECT_EQ(land_girls->imdb_score, 6.1);
  const auto numeric = store_->find_movie("vega-1776-1972");
  ASSERT_TRUE(numeric);
  EXPECT_EQ(numeric->title, "1776");
  EXPECT_EQ(numeric->genres, (std::vector<std::string>{"drama"}));
  const auto credits = store_->credits_of("vega-1776-1972");
  ASSERT_EQ(credits.size(), 1u);
  EXPECT_EQ(credits[0].person_id, "peter-h-hunt");
  EXPECT_EQ(credits[0].role, "DIRECTOR");
  EXPECT_TRUE(store_->find_movie("vega-gone-with-the-wind-1939"));
}

TEST_F(ImportStore, ImportingTwiceUpdatesEverything) {
  const auto first = run(Format::vega, kVega);
  const auto second = run(Format::vega, kVega);
  expect_counts(second, 0, first.inserted, first.rejected);
  EXPECT_EQ(movie_count(), 3);
  EXPECT_EQ(store_->credits_of("vega-1776-1972").size(), 1u);
}

TEST_F(ImportStore, DryRunWritesNothingAndCountsTheSame) {
  const std::string ndjson =
      "{\"id\": \"a\", \"title\": \"A\"}\n"
      "{\"id\": \"b\", \"title\": \"B\"}\n"
      "{\"id\": \"a\", \"title\": \"A again\"}\n"
      "{\"id\": \"c\", \"title\": \"C\"}\n"
      "{\"id\": \"b\", \"title\": \"B again\"}\n";
  const auto dry = run(Format::ndjson, ndjson, nullptr, true);
  EXPECT_EQ(movie_count(), 0);
  const auto real = run(Format::ndjson, ndjson);
  expect_counts(dry, 3, 2, 0);
  expect_counts(real, 3, 2, 0);
  EXPECT_EQ(store_->find_movie("a")->title, "A again");  // the later record wins

  const auto dry_again = run(Format::ndjson, ndjson, nullptr, true);
  expect_counts(dry_again, 0, 5, 0);
}

TEST_F(ImportStore, JsonArrayOfApiDocumentsWithCredits) {
  const std::string json = R"([
    {"_id": "heat", "title": "Heat", "release_year": 1995, "genres": ["Crime"],
     "credits": [{"name": "Al Pacino", "character": "Vincent Hanna", "role": "ACTOR"}]},
    {"id": "bad", "title": "Bad", "type": "FILM", "colour": true},
    "not an object",
    {"title": "No Id", "release_year": 2001},
    {"id": "broken" "title": 1}
  ])";
  const auto report = run(Format::json, json);
  expect_counts(report, 2, 0, 3);
  ASSERT_EQ(report.errors.size(), 3u);
  EXPECT_EQ(report.errors[0].index, 1);
  EXPECT_EQ(report.errors[0].id, "bad");
  EXPECT_NE(report.errors[0].message.find("type: must be MOVIE or SHOW"), std::string::npos);
  EXPECT_NE(report.errors[0].message.find("colour: unknown field"), std::string::npos);
  EXPECT_EQ(report.errors[1].index, 2);
  EXPECT_EQ(report.errors[1].message, "must be a JSON object");
  EXPECT_EQ(report.errors[2].index, 4);
  EXPECT_NE(report.errors[2].message.find("invalid JSON"), std::string::npos);
  EXPECT_TRUE(store_->find_movie("no-id-2001"));
  const auto credits = store_->credits_of("heat");
  ASSERT_EQ(credits.size(), 1u);
  EXPECT_EQ(credits[0].person_id, "al-pacino");
  EXPECT_EQ(credits[0].character, "Vincent Hanna");
}

TEST_F(ImportStore, NdjsonErrorsCarryIndexAndLine) {
  const std::string ndjson =
      "{\"id\": \"a\", \"title\": \"A\"}\r\n"
      "\n"
      "{\"id\": \"b\", \"title\": \"\"}\n"
      "{\"id\": \"c\", \"title\": \"C\", \"imdb_score\": \"high\"}\n"
      "{oops\n"
      "{\"id\": \"d\", \"title\": \"D\"}";
  const auto report = run(Format::ndjson, ndjson);
  expect_counts(report, 2, 0, 3);
  ASSERT_EQ(report.errors.size(), 3u);
  EXPECT_EQ(report.errors[0].index, 1);
  EXPECT_EQ(report.errors[0].message, "line 3: title: is required");
  EXPECT_EQ(report.errors[1].index, 2);
  EXPECT_EQ(report.errors[1].id, "c");
  EXPECT_EQ(report.errors[1].message, "line 4: imdb_score: must be a number");
  EXPECT_EQ(report.errors[2].index, 3);
  EXPECT_TRUE(report.errors[2].message.starts_with("line 5: invalid JSON"));
}

TEST_F(ImportStore, NetflixTitlesAndCredits) {
  const auto report = run(Format::netflix, kTitles, &kCredits);
  EXPECT_EQ(report.inserted, 2);
  EXPECT_EQ(report.updated, 0);
  EXPECT_EQ(report.credits_added, 3);  // the repeated De Niro row is not new
  EXPECT_EQ(report.records, 4 + 6);
  EXPECT_EQ(report.rejected, 4);
  ASSERT_EQ(report.errors.size(), 4u);
  EXPECT_EQ(report.errors[0].index, 2);
  EXPECT_EQ(report.errors[0].message, "titles.csv line 5: id: is required");
  EXPECT_EQ(report.errors[1].index, 3);
  EXPECT_EQ(report.errors[1].id, "tm2");
  EXPECT_EQ(report.errors[1].message, "titles.csv line 6: imdb_score: must be a number");
  // Credit errors: the orphan is found when its batch reaches the store,
  // after the invalid row that was rejected on sight.
  EXPECT_EQ(report.errors[2].index, 5);
  EXPECT_EQ(report.errors[2].message,
            "credits.csv line 7: name: is required; person_id: is required")
      << report.errors[2].message;
  EXPECT_EQ(report.errors[3].index, 2);
  EXPECT_EQ(report.errors[3].id, "tm404");
  EXPECT_EQ(report.errors[3].message,
            "credits.csv line 4: title 'tm404' is neither stored nor in this import");

  const auto show = store_->find_movie("ts1");
  ASSERT_TRUE(show);
  EXPECT_EQ(show->description, "WWII, told by \"five\" directors\nin three parts");
  EXPECT_EQ(show->seasons, 1);
  const auto taxi = store_->find_movie("tm1");
  ASSERT_TRUE(taxi);
  EXPECT_EQ(taxi->genres, (std::vector<std::string>{"crime", "drama"}));
  EXPECT_EQ(taxi->imdb_votes, 808582);
  const auto credits = store_->credits_of("tm1");
  ASSERT_EQ(credits.size(), 3u);
  EXPECT_EQ(credits[0].role, "DIRECTOR");
  EXPECT_EQ(credits[0].person_id, "3308");
}

TEST_F(ImportStore, NetflixDryRunCountsCreditsOfItsOwnTitles) {
  const auto dry = run(Format::netflix, kTitles, &kCredits, true);
  EXPECT_EQ(movie_count(), 0);
  const auto real = run(Format::netflix, kTitles, &kCredits);
  EXPECT_EQ(dry.inserted, real.inserted);
  EXPECT_EQ(dry.rejected, real.rejected);
  EXPECT_EQ(dry.credits_added, real.credits_added);

  const auto again = run(Format::netflix, kTitles, &kCredits);
  EXPECT_EQ(again.inserted, 0);
  EXPECT_EQ(again.updated, 2);
  EXPECT_EQ(again.credits_added, 0);
  EXPECT_EQ(store_->credits_of("tm1").size(), 3u);  // a title update keeps its credits
}

TEST_F(ImportStore, NetflixCreditsAloneAttachToStoredTitles) {
  run(Format::netflix, kTitles);
  const auto report = run(Format::netflix, kCredits);
  EXPECT_EQ(report.inserted, 0);
  EXPECT_EQ(report.credits_added, 3);
  EXPECT_EQ(report.rejected, 2);
}

TEST_F(ImportStore, UnreadableInputFailsTheImport) {
  EXPECT_THROW(run(Format::json, "{\"id\": \"a\"}"), ImportFailed);
  EXPECT_THROW(run(Format::netflix, "id,name\n1,x\n"), ImportFailed);
  EXPECT_THROW(run(Format::netflix, ""), ImportFailed);
}

TEST_F(ImportStore, ErrorListIsCappedButCountIsExact) {
  std::string ndjson;
  for (int i = 0; i < 1500; ++i) ndjson += "{\"title\": \"\"}\n";
  const auto report = run(Format::ndjson, ndjson, nullptr, false, 500);
  EXPECT_EQ(report.rejected, 1500);
  EXPECT_EQ(report.errors.size(), ImportReport::kMaxErrors);
  EXPECT_EQ(report.errors.back().index, 999);
}

TEST_F(ImportStore, ProgressIsReported) {
  std::string ndjson;
  for (int i = 0; i < 5000; ++i)
    ndjson += "{\"id\": \"m" + std::to_string(i) + "\", \"title\": \"T\"}\n";
  StringSource source(ndjson);
  ImportOptions options;
  std::vector<ImportProgress> seen;
  options.on_progress = [&](const ImportProgress& p) { seen.push_back(p); };
  const auto report = import_movies(*store_, Format::ndjson, source, nullptr, options);
  EXPECT_EQ(report.inserted, 5000);
  ASSERT_GE(seen.size(), 2u);
  EXPECT_EQ(seen.back().records, 5000);
  EXPECT_EQ(seen.back().bytes_read, ndjson.size());
  EXPECT_EQ(seen.back().total_bytes, ndjson.size());
}
