#include "import/line_reader.hpp"

#include <cstring>

namespace moviedb::importer {

LineReader::LineReader(ByteSource& source, std::size_t max_line_bytes)
    : input_(source), max_line_bytes_(max_line_bytes) {}

bool LineReader::next(Line& line) {
  if (!started_) {
    input_.skip_bom();
    started_ = true;
  }
  line.text.clear();
  line.too_long = false;
  bool any = false;  // a last line without its line break still counts
  for (;;) {
    const auto chunk = input_.available();
    if (chunk.empty()) {
      if (input_.refill()) continue;
      if (!any) return false;
      break;
    }
    any = true;
    const auto* newline = static_cast<const char*>(std::memchr(chunk.data(), '\n', chunk.size()));
    const std::size_t length =
        newline ? static_cast<std::size_t>(newline - chunk.data()) : chunk.size();
    if (!line.too_long && line.text.size() + length > max_line_bytes_) {
      line.too_long = true;
      std::string().swap(line.text);
    }
    if (!line.too_long) line.text.append(chunk.data(), length);
    input_.consume(newline ? length + 1 : length);
    if (newline) break;
  }
  if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
  line.number = ++number_;
  return true;
}

}  // namespace moviedb::importer
