#pragma once
// An RFC 4180 CSV reader over a ByteSource: quoted fields may hold commas,
// doubled quotes and line breaks; records end with LF, CRLF or CR. It is
// lenient where spreadsheets are sloppy (a stray quote inside an unquoted
// field is kept as text) and strict where data would be lost (an unterminated
// quote is an error).
#include <cstdint>
#include <string>
#include <vector>

#include "import/chunked_input.hpp"

namespace moviedb::importer {

struct CsvRecord {
  std::int64_t line = 0;  // 1-based line where the record starts
  std::vector<std::string> fields;
  std::string error;  // non-empty: the record is unusable
};

class CsvReader {
 public:
  // No format we read has more than a few dozen columns.
  static constexpr std::size_t kMaxFields = 256;

  CsvReader(ByteSource& source, std::size_t max_record_bytes);

  // The next record; blank lines are skipped. False at the end.
  bool next(CsvRecord& record);
  std::uint64_t bytes_read() const { return input_.bytes_read(); }

 private:
  enum class State { field_start, unquoted, quoted, quote_in_quoted };

  ChunkedInput input_;
  std::size_t max_record_bytes_;
  std::int64_t line_ = 1;
  bool started_ = false;
  bool skip_lf_ = false;  // the previous record ended with CR: a following LF belongs to it
};

}  // namespace moviedb::importer
