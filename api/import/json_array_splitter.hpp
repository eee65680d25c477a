#pragma once
// Cuts a JSON array into the text of its elements without parsing them, so a
// file of any size is imported one record at a time. The scanner only tracks
// strings (with escapes) and bracket depth; each element is then parsed on its
// own, so a broken record costs that record and not the file.
#include <cstdint>
#include <string>

#include "import/chunked_input.hpp"

namespace moviedb::importer {

struct JsonElement {
  std::int64_t index = 0;  // 0-based position in the array
  std::string text;        // the element's JSON text
  std::string error;       // set when the element could not be cut out whole
};

class JsonArraySplitter {
 public:
  JsonArraySplitter(ByteSource& source, std::size_t max_element_bytes);

  // The next element; false after the closing bracket. Throws ImportFailed
  // when the input does not start with '['.
  bool next(JsonElement& element);
  std::uint64_t bytes_read() const { return input_.bytes_read(); }

 private:
  enum class State { start, first, element, closed, done };

  void open_array();
  bool scan_element(JsonElement& element);
  bool check_trailing(JsonElement& element);
  void append(std::string& text, std::string_view run);

  ChunkedInput input_;
  std::size_t max_element_bytes_;
  State state_ = State::start;
  std::int64_t next_index_ = 0;
  bool too_large_ = false;
};

}  // namespace moviedb::importer
