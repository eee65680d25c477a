#include <gtest/gtest.h>

#include "import/import_report.hpp"
#include "import/json_array_splitter.hpp"
#include "import/line_reader.hpp"

using namespace moviedb::importer;

namespace {

struct Split {
  std::vector<std::string> texts;
  std::vector<std::string> errors;
};

Split split(const std::string& json, std::size_t max_read = 1 << 20,
            std::size_t max_element = 1 << 20) {
  StringSource source(json, max_read);
  JsonArraySplitter splitter(source, max_element);
  Split result;
  JsonElement element;
  while (splitter.next(element)) {
    EXPECT_EQ(element.index, static_cast<std::int64_t>(result.texts.size()));
    result.texts.push_back(element.text);
    result.errors.push_back(element.error);
  }
  return result;
}

using Texts = std::vector<std::string>;

}  // namespace

TEST(JsonArraySplitter, SplitsTopLevelElements) {
  const auto result = split(" [ {\"a\": 1} ,\n{\"b\": [1, 2, {\"c\": {}}]}, 3, \"x\", null ]\n");
  EXPECT_EQ(result.texts,
            (Texts{"{\"a\": 1} ", "{\"b\": [1, 2, {\"c\": {}}]}", "3", "\"x\"", "null "}));
  EXPECT_EQ(result.errors, (Texts(5, "")));
}

TEST(JsonArraySplitter, StringsMayHoldBracketsCommasAndEscapes) {
  const std::string tricky = R"({"t": "a], b} [{ \"q\", \\", "u": "\\\"]"})";
  const auto result = split("[" + tricky + "," + tricky + "]");
  EXPECT_EQ(result.texts, (Texts{tricky, tricky}));
}

TEST(JsonArraySplitter, EmptyArrays) {
  EXPECT_TRUE(split("[]").texts.empty());
  EXPECT_TRUE(split("\xEF\xBB\xBF  [ \n ]  \n").texts.empty());
}

TEST(JsonArraySplitter, NotAnArrayFailsTheImport) {
  EXPECT_THROW(split("{\"a\": 1}"), ImportFailed);
  EXPECT_THROW(split(""), ImportFailed);
  EXPECT_THROW(split("   "), ImportFailed);
}

TEST(JsonArraySplitter, BrokenStructureCostsOneElement) {
  const auto empty = split("[1,,2,]");
  EXPECT_EQ(empty.texts, (Texts{"1", "", "2", ""}));
  EXPECT_EQ(empty.errors[1], "expected a value between the commas");
  EXPECT_EQ(empty.errors[3], "expected a value between the commas");

  const auto truncated = split("[{\"a\": 1}, {\"b\": \"cut");
  ASSERT_EQ(truncated.texts.size(), 2u);
  EXPECT_EQ(truncated.errors[0], "");
  EXPECT_EQ(truncated.errors[1], "unexpected end of input: the array is not closed");

  const auto trailing = split("[1] [2]");
  EXPECT_EQ(trailing.texts, (Texts{"1", ""}));
  EXPECT_EQ(trailing.errors[1], "unexpected text after the array's closing ']'");
}

TEST(JsonArraySplitter, OversizedElementIsSkippedNotBuffered) {
  const auto result = split("[\"" + std::string(200, 'x') + "\", {\"ok\": true}]", 7, 64);
  EXPECT_EQ(result.texts, (Texts{"", "{\"ok\": true}"}));
  EXPECT_EQ(result.errors[0], "record is larger than 64 bytes");
}

TEST(JsonArraySplitter, EveryChunkBoundaryGivesTheSameElements) {
  const std::string json =
      "\xEF\xBB\xBF[{\"title\": \"A [bracketed], \\\"quoted\\\" \\\\ title\", \"n\": [1, {\"x\": "
      "\"}\"}]},\r\n  {\"_id\": \"b\", \"genres\": [\"drama\", \"crime\"]} , 42, \"s\\\\\"]";
  const auto whole = split(json);
  ASSERT_EQ(whole.texts.size(), 4u);
  for (std::size_t chunk = 1; chunk <= json.size(); ++chunk) {
    const auto cut = split(json, chunk);
    EXPECT_EQ(cut.texts, whole.texts) << "chunk size " << chunk;
    EXPECT_EQ(cut.errors, whole.errors) << "chunk size " << chunk;
  }
}

TEST(LineReader, LinesWithLfCrLfAndWithoutFinalBreak) {
  StringSource source("\xEF\xBB\xBF{\"a\":1}\r\n\n{\"b\":2}\nlast", 3);
  LineReader reader(source, 1 << 20);
  Line line;
  std::vector<std::pair<std::int64_t, std::string>> lines;
  while (reader.next(line)) lines.emplace_back(line.number, line.text);
  EXPECT_EQ(lines, (std::vector<std::pair<std::int64_t, std::string>>{
                       {1, "{\"a\":1}"}, {2, ""}, {3, "{\"b\":2}"}, {4, "last"}}));
}

TEST(LineReader, OverlongLineIsFlaggedAndSkipped) {
  StringSource source(std::string(100, 'x') + "\nshort\n", 9);
  LineReader reader(source, 16);
  Line line;
  ASSERT_TRUE(reader.next(line));
  EXPECT_TRUE(line.too_long);
  EXPECT_TRUE(line.text.empty());
  ASSERT_TRUE(reader.next(line));
  EXPECT_FALSE(line.too_long);
  EXPECT_EQ(line.text, "short");
  EXPECT_EQ(line.number, 2);
  EXPECT_FALSE(reader.next(line));
}
