// NDJSON lines, read in chunks of every size; over-long lines are skipped.
#include <cstdlib>

#include "fuzz_input.hpp"
#include "import/byte_source.hpp"
#include "import/line_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace moviedb;
  const auto input = fuzz::split_input(bytes, size);
  importer::MemorySource source(input.data, input.max_read);
  constexpr std::size_t kMaxLine = 256;
  importer::LineReader lines(source, kMaxLine);
  importer::Line line;
  std::size_t total = 0;
  while (lines.next(line)) {
    if (line.text.size() > kMaxLine || (line.too_long && !line.text.empty())) std::abort();
    total += line.text.size();
  }
  if (total > input.data.size()) std::abort();
  return 0;
}
