// RFC 4180 records in chunks of every size: bounded fields and bytes.
#include <cstdlib>

#include "fuzz_input.hpp"
#include "import/byte_source.hpp"
#include "import/csv_reader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace moviedb;
  const auto input = fuzz::split_input(bytes, size);
  importer::MemorySource source(input.data, input.max_read);
  constexpr std::size_t kMaxRecord = 512;
  importer::CsvReader reader(source, kMaxRecord);
  importer::CsvRecord record;
  while (reader.next(record)) {
    if (record.fields.size() > importer::CsvReader::kMaxFields) std::abort();
    std::size_t bytes_in_fields = 0;
    for (const auto& field : record.fields) bytes_in_fields += field.size();
    if (bytes_in_fields > kMaxRecord) std::abort();
  }
  return 0;
}
