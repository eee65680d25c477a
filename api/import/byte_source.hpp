#pragma once
// Where an import reads its bytes from: a file for the command line, the
// request body for the HTTP route. Importers pull fixed-size chunks, so a
// file of any size is read in constant memory.
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

namespace moviedb::importer {

class ByteSource {
 public:
  virtual ~ByteSource() = default;
  // Copies up to `size` bytes into `buffer`; 0 only at the end.
  virtual std::size_t read(char* buffer, std::size_t size) = 0;
  // Total bytes when known up front (drives the progress bar).
  virtual std::optional<std::uint64_t> size() const { return std::nullopt; }
};

// Throws ImportFailed when the file cannot be opened or read.
class FileSource : public ByteSource {
 public:
  explicit FileSource(const std::string& path);
  ~FileSource() override;
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  std::size_t read(char* buffer, std::size_t size) override;
  std::optional<std::uint64_t> size() const override { return size_; }

 private:
  std::string path_;
  int fd_ = -1;
  std::optional<std::uint64_t> size_;
};

// Bytes already in memory (an HTTP request body), read without a copy; they
// must outlive the source.
class MemorySource : public ByteSource {
 public:
  // `max_read` caps each read so tests can cut the input at every position.
  explicit MemorySource(std::string_view data,
                        std::size_t max_read = std::numeric_limits<std::size_t>::max());

  std::size_t read(char* buffer, std::size_t size) override;
  std::optional<std::uint64_t> size() const override { return data_.size(); }

 private:
  std::string_view data_;
  std::size_t offset_ = 0;
  std::size_t max_read_;
};

// Like MemorySource, owning its bytes.
class StringSource : public ByteSource {
 public:
  explicit StringSource(std::string data,
                        std::size_t max_read = std::numeric_limits<std::size_t>::max());
  StringSource(const StringSource&) = delete;  // view_ points into data_
  StringSource& operator=(const StringSource&) = delete;

  std::size_t read(char* buffer, std::size_t size) override { return view_.read(buffer, size); }
  std::optional<std::uint64_t> size() const override { return view_.size(); }

 private:
  std::string data_;
  MemorySource view_;
};

}  // namespace moviedb::importer
