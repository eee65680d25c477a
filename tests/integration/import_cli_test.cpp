// `moviedb-api import` as users run it: the real binary on fixture files and
// on the real vega dataset, checked through its exit code, its summary line
// and what it left in the store.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include <cstdlib>
#include <filesystem>

#include "store/store.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

using moviedb::test::run_api_command;
using moviedb::test::TempDir;
using moviedb::test::write_file;

namespace fs = std::filesystem;

namespace {

const fs::path kRepo = MOVIEDB_SOURCE_DIR;
const fs::path kData = kRepo / "tests" / "data" / "import";
const fs::path kVega = kRepo / "scripts/seed/node_modules/vega-datasets/data/movies.json";

class ImportCli : public ::testing::Test {
 protected:
  std::string store_uri() const { return "sqlite:" + (dir_.path() / "db.sqlite3").string(); }

  moviedb::test::CommandResult import(std::vector<std::string> args) {
    args.insert(args.begin(), {"import", "--store", store_uri()});
    return run_api_command(args);
  }

  std::unique_ptr<moviedb::store::Store> open() const {
    return moviedb::store::open_store(store_uri(), 1);
  }

  static std::string data(const char* name) { return (kData / name).string(); }

  TempDir dir_;
};

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_F(ImportCli, HelpDescribesTheCommand) {
  const auto result = run_api_command({"import", "--help"});
  EXPECT_EQ(result.exit_code, 0);
  EXPECT_TRUE(contains(result.output, "usage: moviedb-api import")) << result.output;
  EXPECT_TRUE(contains(result.output, "--dry-run")) << result.output;
  EXPECT_TRUE(contains(result.output, "[env MOVIEDB_STORE]")) << result.output;
}

TEST_F(ImportCli, RealVegaDataset) {
  ASSERT_TRUE(fs::exists(kVega)) << "vega-datasets is missing: run scripts/install-deps.sh";
  const auto first = import({kVega.string()});
  EXPECT_EQ(first.exit_code, 0) << first.output;
  // One record of the file has a null title.
  EXPECT_TRUE(
      contains(first.output, "import: 3201 records: 3200 inserted, 0 updated, 1 rejected\n"))
      << first.output;
  EXPECT_TRUE(contains(first.output, "record 3053: Title: is required")) << first.output;

  const auto dry = import({"--dry-run", kVega.string()});
  EXPECT_EQ(dry.exit_code, 0);
  EXPECT_TRUE(contains(dry.output, "3201 records: 0 inserted, 3200 updated, 1 rejected (dry run)"))
      << dry.output;

  const auto strict = import({"--strict", kVega.string()});
  EXPECT_EQ(strict.exit_code, 1) << strict.output;
  EXPECT_TRUE(contains(strict.output, "0 inserted, 3200 updated, 1 rejected")) << strict.output;

  auto store = open();
  EXPECT_EQ(store->count_movies({}), 3200);
  const auto wind = store->find_movie("vega-gone-with-the-wind-1939");
  ASSERT_TRUE(wind) << "dates repaired to the right century";
  EXPECT_EQ(wind->release_date, "1939-12-15");
  EXPECT_FALSE(store->credits_of(wind->id).empty());
}

TEST_F(ImportCli, FormatsAreGuessedFromNamesAndContent) {
  const auto result = import({data("vega-sample.json"), data("movies.json"), data("movies.ndjson"),
                              data("credits.csv"), data("titles.csv")});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  // vega 3 (1 bad) + json 3 (1 bad) + ndjson 5 (1 repeat, 2 bad) + titles 5 (1 bad) + credits 8 (2
  // bad)
  EXPECT_TRUE(contains(result.output,
                       "import: 24 records: 10 inserted, 1 updated, 7 rejected, "
                       "6 credits added\n"))
      << result.output;
  EXPECT_TRUE(contains(result.output, "credits.csv line 8: title 'tm404404' is neither stored"))
      << result.output;
  EXPECT_TRUE(contains(result.output, "titles.csv line 7: imdb_score: must be a number"))
      << result.output;
  EXPECT_TRUE(contains(result.output, "line 6: invalid JSON")) << result.output;
  EXPECT_TRUE(contains(result.output, "relase_year: unknown field")) << result.output;

  auto store = open();
  EXPECT_TRUE(store->find_movie("vega-1776-1972"));
  EXPECT_EQ(store->find_movie("js-amelie-2001")->production_countries,
            (std::vector<std::string>{"FR"}));
  EXPECT_EQ(store->find_movie("nd-heat-1995")->genres.size(), 3u);  // the later line won
  EXPECT_EQ(store->credits_of("nd-heat-1995").size(), 2u);
  EXPECT_EQ(store->credits_of("tm84618").size(), 3u);
  const auto deliverance = store->find_movie("tm154986");
  ASSERT_TRUE(deliverance);
  EXPECT_TRUE(contains(deliverance->description, "lake,\noutdoor"));
}

TEST_F(ImportCli, DryRunThenRealRunReportTheSame) {
  const std::vector<std::string> files{data("titles.csv"), data("credits.csv")};
  auto args = files;
  args.insert(args.begin(), "--dry-run");
  const auto dry = import(args);
  EXPECT_EQ(dry.exit_code, 0) << dry.output;
  EXPECT_TRUE(contains(dry.output,
                       "13 records: 4 inserted, 0 updated, 3 rejected, 6 credits "
                       "added (dry run)"))
      << dry.output;
  EXPECT_EQ(open()->count_movies({}), 0);
  const auto real = import(files);
  EXPECT_TRUE(contains(real.output,
                       "13 records: 4 inserted, 0 updated, 3 rejected, 6 credits "
                       "added\n"))
      << real.output;
  const auto again = import(files);
  EXPECT_TRUE(contains(again.output,
                       "13 records: 0 inserted, 4 updated, 3 rejected, 0 credits "
                       "added\n"))
      << again.output;
}

TEST_F(ImportCli, ExplicitFormatAndEnvironment) {
  const auto copy = dir_.path() / "export.txt";
  fs::copy_file(data("movies.ndjson"), copy);
  ::setenv("MOVIEDB_IMPORT_FORMAT", "ndjson", 1);
  const auto from_env = import({copy.string()});
  ::unsetenv("MOVIEDB_IMPORT_FORMAT");
  EXPECT_EQ(from_env.exit_code, 0) << from_env.output;
  EXPECT_TRUE(contains(from_env.output, "import: 5 records: 2 inserted, 1 updated, 2 rejected\n"))
      << from_env.output;

  const auto flag = import({"--format", "ndjson", "--strict", copy.string()});
  EXPECT_EQ(flag.exit_code, 1) << flag.output;
}

TEST_F(ImportCli, UsageErrorsAndFailures) {
  EXPECT_EQ(import({}).exit_code, 2);
  EXPECT_EQ(import({"--format", "xml", data("movies.json")}).exit_code, 2);
  const auto unknown = dir_.path() / "movies.txt";
  write_file(unknown, "[]");
  EXPECT_EQ(import({unknown.string()}).exit_code, 2);

  const auto missing = import({(dir_.path() / "nope.json").string()});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_TRUE(contains(missing.output, "cannot open")) << missing.output;

  const auto object = dir_.path() / "object.json";
  write_file(object, "{\"id\": \"x\", \"title\": \"Not in an array\"}");
  const auto not_array = import({object.string()});
  EXPECT_EQ(not_array.exit_code, 1);
  EXPECT_TRUE(contains(not_array.output, "expected a JSON array")) << not_array.output;
  EXPECT_TRUE(contains(not_array.output, "import: 0 records")) << not_array.output;
}

namespace {

// The indexes only reads use (a bulk load drops them), by name.
std::int64_t read_indexes(const fs::path& file) {
  sqlite3* db = nullptr;
  sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt* count = nullptr;
  sqlite3_prepare_v2(db,
                     "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND (name LIKE "
                     "'movies\\_%' ESCAPE '\\' OR name = 'credits_person')",
                     -1, &count, nullptr);
  const auto n = sqlite3_step(count) == SQLITE_ROW ? sqlite3_column_int64(count, 0) : -1;
  sqlite3_finalize(count);
  sqlite3_close(db);
  return n;
}

}  // namespace

TEST_F(ImportCli, ABulkLoadLeavesEveryIndexEvenWhenItNeverEnded) {
  const auto file = dir_.path() / "db.sqlite3";
  open().reset();  // the schema of an empty store
  const auto indexed = read_indexes(file);
  ASSERT_GE(indexed, 16);

  // An import into the empty store drops them while it runs.
  const auto result = import({"--format", "ndjson", data("movies.ndjson")});
  EXPECT_EQ(result.exit_code, 0) << result.output;
  EXPECT_EQ(read_indexes(file), indexed);

  // A load that never ended (a crash) is repaired when the store next opens.
  open()->delete_movies(open()->movie_ids({}, 1000));
  open()->begin_bulk_load();
  EXPECT_LT(read_indexes(file), indexed);
  open().reset();
  EXPECT_EQ(read_indexes(file), indexed);
}
