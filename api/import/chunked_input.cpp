#include "import/chunked_input.hpp"

#include <cstring>

namespace moviedb::importer {

ChunkedInput::ChunkedInput(ByteSource& source, std::size_t chunk_size)
    : source_(source), buffer_(chunk_size) {}

bool ChunkedInput::refill() {
  return ensure(end_ - begin_ + 1);
}

bool ChunkedInput::ensure(std::size_t n) {
  if (end_ - begin_ >= n) return true;
  std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
  end_ -= begin_;
  begin_ = 0;
  if (buffer_.size() < n) buffer_.resize(n);
  while (end_ < n) {
    const auto got = source_.read(buffer_.data() + end_, buffer_.size() - end_);
    if (got == 0) return false;
    end_ += got;
    bytes_read_ += got;
  }
  return true;
}

void ChunkedInput::skip_bom() {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  ensure(kBom.size());
  if (available().starts_with(kBom)) consume(kBom.size());
}

}  // namespace moviedb::importer
