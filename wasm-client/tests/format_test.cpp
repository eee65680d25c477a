// How numbers, money and a title's facts read in the UI.
#include "ui/format.hpp"

#include <gtest/gtest.h>

namespace moviedb::client::ui {
namespace {

TEST(Format, Numbers) {
  EXPECT_EQ(thousands(0), "0");
  EXPECT_EQ(thousands(999), "999");
  EXPECT_EQ(thousands(1000), "1,000");
  EXPECT_EQ(thousands(1234567), "1,234,567");
  EXPECT_EQ(thousands(-12345), "-12,345");
  EXPECT_EQ(count_of(1, "title", "titles"), "1 title");
  EXPECT_EQ(count_of(3201, "title", "titles"), "3,201 titles");
  EXPECT_EQ(count_of(0, "like", "likes"), "0 likes");
  EXPECT_EQ(count_of(10'000, false, "title", "titles"), "10,000+ titles");
  EXPECT_EQ(count_of(1, false, "title", "titles"), "1+ titles");
  EXPECT_EQ(bare_count(10'000, false), "10000+");
  EXPECT_EQ(bare_count(3201, true), "3201");
  EXPECT_EQ(score(8.25), "8.2");
  EXPECT_EQ(score(7), "7.0");
}

TEST(Format, Money) {
  EXPECT_EQ(money(950), "$950");
  EXPECT_EQ(money(850'000), "$850 K");
  EXPECT_EQ(money(140'000'000), "$140.0 M");
  EXPECT_EQ(money(2'787'965'087), "$2.79 B");
}

TEST(Format, TextsAndFacts) {
  EXPECT_EQ(day_of("2024-03-05T10:00:00.000Z"), "2024-03-05");
  EXPECT_EQ(day_of(""), "");
  EXPECT_EQ(type_label("SHOW"), "Show");
  EXPECT_EQ(genre_label("thriller/suspense"), "Thriller/suspense");
  EXPECT_EQ(genre_list({"drama", "Sci-Fi"}), "Drama, Sci-Fi");
  domain::Movie m;
  m.release_year = 1979;
  m.type = "MOVIE";
  m.runtime = 117;
  m.age_certification = "R";
  EXPECT_EQ(facts_line(m), "1979 · Movie · 117 min · R");
  domain::Movie show;
  show.type = "SHOW";
  show.seasons = 1;
  EXPECT_EQ(facts_line(show), "Show · 1 season");
}

}  // namespace
}  // namespace moviedb::client::ui
