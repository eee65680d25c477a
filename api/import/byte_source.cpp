#include "import/byte_source.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "import/import_report.hpp"

namespace moviedb::importer {

FileSource::FileSource(const std::string& path) : path_(path) {
  fd_ = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd_ < 0) throw ImportFailed("cannot open " + path + ": " + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd_, &info) == 0 && S_ISREG(info.st_mode)) {
    size_ = static_cast<std::uint64_t>(info.st_size);
    // Sequential reads of a large file: let the kernel read ahead generously.
    ::posix_fadvise(fd_, 0, 0, POSIX_FADV_SEQUENTIAL);
  } else if (S_ISDIR(info.st_mode)) {
    ::close(fd_);
    throw ImportFailed("cannot read " + path + ": it is a directory");
  }
}

FileSource::~FileSource() {
  if (fd_ >= 0) ::close(fd_);
}

std::size_t FileSource::read(char* buffer, std::size_t size) {
  for (;;) {
    const auto n = ::read(fd_, buffer, size);
    if (n >= 0) return static_cast<std::size_t>(n);
    if (errno != EINTR) throw ImportFailed("cannot read " + path_ + ": " + std::strerror(errno));
  }
}

MemorySource::MemorySource(std::string_view data, std::size_t max_read)
    : data_(data), max_read_(std::max<std::size_t>(1, max_read)) {}

std::size_t MemorySource::read(char* buffer, std::size_t size) {
  const auto n = std::min({size, max_read_, data_.size() - offset_});
  if (n == 0) return 0;  // an empty view may have no data pointer at all
  std::memcpy(buffer, data_.data() + offset_, n);
  offset_ += n;
  return n;
}

StringSource::StringSource(std::string data, std::size_t max_read)
    : data_(std::move(data)), view_(data_, max_read) {}

}  // namespace moviedb::importer
