#include "json_text/json_text.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <cmath>
#include <limits>

using moviedb::json_text::json_text;
namespace json = boost::json;

TEST(JsonText, NumbersTakeTheirShortestRoundTripForm) {
  EXPECT_EQ(json_text(9.2), "9.2");
  EXPECT_EQ(json_text(7.0), "7.0");  // stays a double for typed readers
  EXPECT_EQ(json_text(-0.5), "-0.5");
  EXPECT_EQ(json_text(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(json_text(1e21), "1e+21");
  EXPECT_EQ(json_text(std::int64_t{-42}), "-42");
  EXPECT_EQ(json_text(std::uint64_t{18446744073709551615u}), "18446744073709551615");
  EXPECT_EQ(json_text(std::numeric_limits<double>::infinity()), "null");
  for (double v : {9.2, 1e-7, 123456.789, 5e-324, 1.7976931348623157e308}) {
    EXPECT_EQ(json::parse(json_text(v)).as_double(), v) << json_text(v);
  }
}

TEST(JsonText, StringsEscapeWhatJsonRequiresAndKeepUtf8) {
  EXPECT_EQ(json_text("a\"b\\c\n\t\x01/é"), "\"a\\\"b\\\\c\\n\\t\\u0001/é\"");
  const json::value doc = {{"k", json::array{1, 2.5, nullptr, true, "x"}}, {"e", json::object{}}};
  EXPECT_EQ(json_text(doc), R"({"k":[1,2.5,null,true,"x"],"e":{}})");
  EXPECT_EQ(json::parse(json_text(doc)), doc);
  // Bytes that are not UTF-8 (quoted from a bad file) never make invalid JSON.
  EXPECT_EQ(json_text(json::value("a\xF6"
                                  "b\xE2\x82")),
            "\"a\\ufffdb\\ufffd\\ufffd\"");
}
