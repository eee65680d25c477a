#include <gtest/gtest.h>

#include "routes/csv_export.hpp"

using moviedb::domain::Movie;
using moviedb::routes::csv_row;

namespace {

// The first cell of a row is the id, the second the title.
std::string title_cell(const Movie& movie) {
  const auto row = csv_row(movie);
  const auto start = row.find(',') + 1;
  if (row[start] != '"') return row.substr(start, row.find(',', start) - start);
  return row.substr(start, row.find("\",", start) + 1 - start);
}

}  // namespace

TEST(CsvExport, TextThatASpreadsheetWouldRunIsKeptAsText) {
  Movie movie;
  movie.id = "tm1";
  for (std::string lead : {"=", "+", "-", "@", "\t"}) {
    movie.title = lead + "HYPERLINK(\"http://x\")";
    const auto cell = title_cell(movie);
    EXPECT_EQ(cell, "\"'" + lead + "HYPERLINK(\"\"http://x\"\")\"") << cell;
  }
  movie.title = "\rSUM(A1)";
  EXPECT_EQ(title_cell(movie), "\"'\rSUM(A1)\"");
}

TEST(CsvExport, OrdinaryTextAndNumbersAreUnchanged) {
  Movie movie;
  movie.id = "tm1";
  movie.title = "Alien";
  movie.imdb_score = -1.5;
  EXPECT_EQ(title_cell(movie), "Alien");
  EXPECT_NE(csv_row(movie).find(",-1.5,"), std::string::npos) << csv_row(movie);
}
