#include <gtest/gtest.h>

#include "import/csv_reader.hpp"

using namespace moviedb::importer;

namespace {

using Rows = std::vector<std::vector<std::string>>;

struct Parsed {
  Rows rows;
  std::vector<std::int64_t> lines;
  std::vector<std::string> errors;
};

Parsed parse(const std::string& text, std::size_t max_read = 1 << 20,
             std::size_t max_record = 1 << 20) {
  StringSource source(text, max_read);
  CsvReader reader(source, max_record);
  Parsed parsed;
  CsvRecord record;
  while (reader.next(record)) {
    parsed.rows.push_back(record.fields);
    parsed.lines.push_back(record.line);
    parsed.errors.push_back(record.error);
  }
  return parsed;
}

}  // namespace

TEST(CsvReader, PlainRecords) {
  const auto parsed = parse("id,title\ntm1,Alpha\ntm2,Beta\n");
  EXPECT_EQ(parsed.rows, (Rows{{"id", "title"}, {"tm1", "Alpha"}, {"tm2", "Beta"}}));
  EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{1, 2, 3}));
}

TEST(CsvReader, QuotedFieldsHoldCommasQuotesAndLineBreaks) {
  const auto parsed =
      parse("a,\"b, c\",\"say \"\"hi\"\"\"\n\"line1\nline2\",\"\",x\r\n\"crlf\r\ninside\",y,z\n");
  EXPECT_EQ(
      parsed.rows,
      (Rows{{"a", "b, c", "say \"hi\""}, {"line1\nline2", "", "x"}, {"crlf\r\ninside", "y", "z"}}));
  EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{1, 2, 4}));
}

TEST(CsvReader, LineEndingsCrLfLoneCrAndNoFinalBreak) {
  EXPECT_EQ(parse("a,b\r\nc,d\r\n").rows, (Rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(parse("a,b\rc,d").rows, (Rows{{"a", "b"}, {"c", "d"}}));
  EXPECT_EQ(parse("a,b\nc,d").rows, (Rows{{"a", "b"}, {"c", "d"}}));
}

TEST(CsvReader, EmptyFieldsBlankLinesAndByteOrderMark) {
  const auto parsed = parse("\xEF\xBB\xBFid,,x\n\n\r\n,,\n");
  EXPECT_EQ(parsed.rows, (Rows{{"id", "", "x"}, {"", "", ""}}));
  EXPECT_EQ(parsed.lines, (std::vector<std::int64_t>{1, 4}));
  EXPECT_TRUE(parse("").rows.empty());
  EXPECT_TRUE(parse("\n\n").rows.empty());
}

TEST(CsvReader, StrayQuotesInUnquotedFieldsAreText) {
  EXPECT_EQ(parse("5'10\" tall,\"ok\"x\n").rows, (Rows{{"5'10\" tall", "okx"}}));
}

TEST(CsvReader, UnterminatedQuoteIsAnError) {
  const auto parsed = parse("a,b\nc,\"never closed\n");
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.errors[0], "");
  EXPECT_EQ(parsed.errors[1], "a quoted field is not closed");
}

TEST(CsvReader, OversizedRecordIsReportedAndSkipped) {
  const auto parsed = parse(
      "a,b\n" + std::string(100, 'x') + ",\"" + std::string(50, 'y') + "\n\"\nc,d\n", 1 << 20, 64);
  ASSERT_EQ(parsed.rows.size(), 3u);
  EXPECT_EQ(parsed.errors[1], "record is larger than 64 bytes");
  EXPECT_EQ(parsed.rows[2], (std::vector<std::string>{"c", "d"}));
  EXPECT_EQ(parsed.lines[2], 4);
}

TEST(CsvReader, SeparatorsCountTowardTheRecordLimit) {
  const auto parsed = parse(std::string(100, ',') + "\nc,d\n", 1 << 20, 64);
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.errors[0], "record is larger than 64 bytes");
  EXPECT_TRUE(parsed.rows[0].empty());
  EXPECT_EQ(parsed.rows[1], (std::vector<std::string>{"c", "d"}));
}

TEST(CsvReader, RecordsWithTooManyFieldsAreRejected) {
  const auto parsed = parse(std::string(CsvReader::kMaxFields, ',') + "\nc,d\n");
  ASSERT_EQ(parsed.rows.size(), 2u);
  EXPECT_EQ(parsed.errors[0], "record has more than 256 fields");
  EXPECT_EQ(parsed.rows[1], (std::vector<std::string>{"c", "d"}));
}

TEST(CsvReader, EveryChunkBoundaryGivesTheSameRecords) {
  const std::string text =
      "\xEF\xBB\xBFid,title,description\r\n"
      "tm1,\"Quotes \"\"here\"\"\",\"multi\r\nline, with comma\"\r\n"
      "tm2,Plain,\r"
      "tm3,\"\",\"end\"";
  const auto whole = parse(text);
  ASSERT_EQ(whole.rows.size(), 4u);
  for (std::size_t chunk = 1; chunk <= text.size(); ++chunk) {
    const auto cut = parse(text, chunk);
    EXPECT_EQ(cut.rows, whole.rows) << "chunk size " << chunk;
    EXPECT_EQ(cut.lines, whole.lines) << "chunk size " << chunk;
  }
}
