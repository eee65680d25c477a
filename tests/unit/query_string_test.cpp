#include "domain/query_string.hpp"

#include <gtest/gtest.h>

using namespace moviedb::domain;

TEST(PercentDecode, DecodesEscapesAndPlus) {
  EXPECT_EQ(percent_decode("a%20b", false), "a b");
  EXPECT_EQ(percent_decode("a+b", true), "a b");
  EXPECT_EQ(percent_decode("a+b", false), "a+b");
  EXPECT_EQ(percent_decode("%C3%A9", false), "\xC3\xA9");
}

TEST(PercentDecode, RejectsMalformedEscapesAndNul) {
  EXPECT_FALSE(percent_decode("%", false));
  EXPECT_FALSE(percent_decode("%4", false));
  EXPECT_FALSE(percent_decode("%zz", false));
  EXPECT_FALSE(percent_decode("a%00b", false));
}

TEST(ParseQuery, KeepsRepeatedKeysInOrder) {
  const auto params = parse_query("genre=Drama&genre=Comedy&q=star+wars&&empty=");
  ASSERT_TRUE(params);
  ASSERT_EQ(params->size(), 4u);
  EXPECT_EQ((*params)[0], (std::pair<std::string, std::string>{"genre", "Drama"}));
  EXPECT_EQ((*params)[1].second, "Comedy");
  EXPECT_EQ((*params)[2].second, "star wars");
  EXPECT_EQ((*params)[3].second, "");
  EXPECT_FALSE(parse_query("q=%zz"));
}
