#include "support/temp_dir.hpp"

#include <fstream>
#include <stdexcept>
#include <string>

namespace moviedb::test {

TempDir::TempDir() {
  std::string pattern = (std::filesystem::temp_directory_path() / "moviedb-test-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  path_ = pattern;
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

void write_file(const std::filesystem::path& file, std::string_view content) {
  std::filesystem::create_directories(file.parent_path());
  std::ofstream out(file, std::ios::binary);
  out << content;
}

}  // namespace moviedb::test
