#pragma once
// Lines of a text source (NDJSON), in constant memory: an over-long line is
// reported and skipped instead of buffered.
#include <cstdint>
#include <string>

#include "import/chunked_input.hpp"

namespace moviedb::importer {

struct Line {
  std::int64_t number = 0;  // 1-based
  std::string text;         // without the line break (LF or CRLF)
  bool too_long = false;    // text is empty then
};

class LineReader {
 public:
  LineReader(ByteSource& source, std::size_t max_line_bytes);

  bool next(Line& line);  // false at the end
  std::uint64_t bytes_read() const { return input_.bytes_read(); }

 private:
  ChunkedInput input_;
  std::size_t max_line_bytes_;
  std::int64_t number_ = 0;
  bool started_ = false;
};

}  // namespace moviedb::importer
