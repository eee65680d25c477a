#pragma once
// A read buffer over a ByteSource that the scanners (JSON array, lines, CSV)
// walk chunk by chunk; it counts the bytes consumed for progress reports.
#include <cstdint>
#include <string_view>
#include <vector>

#include "import/byte_source.hpp"

namespace moviedb::importer {

class ChunkedInput {
 public:
  static constexpr std::size_t kChunkSize = 256 * 1024;

  explicit ChunkedInput(ByteSource& source, std::size_t chunk_size = kChunkSize);

  // The buffered bytes not consumed yet; refill() when it is empty.
  std::string_view available() const { return {buffer_.data() + begin_, end_ - begin_}; }
  void consume(std::size_t n) { begin_ += n; }
  // Reads the next chunk into an empty buffer; false at the end of the source.
  bool refill();
  // Makes at least `n` bytes available unless the source ends first.
  bool ensure(std::size_t n);
  // Drops a UTF-8 byte order mark at the current position (spreadsheets write one).
  void skip_bom();
  // Bytes handed out by the source so far.
  std::uint64_t bytes_read() const { return bytes_read_; }

 private:
  ByteSource& source_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;
  std::size_t end_ = 0;
  std::uint64_t bytes_read_ = 0;
};

}  // namespace moviedb::importer
