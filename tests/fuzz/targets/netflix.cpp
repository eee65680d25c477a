// The Netflix titles.csv / credits.csv pair: the first record is the header,
// every later one becomes a title or a credit (or field errors).
#include "fuzz_input.hpp"
#include "import/byte_source.hpp"
#include "import/import_report.hpp"
#include "import/netflix_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace moviedb;
  const auto input = fuzz::split_input(bytes, size);
  importer::MemorySource source(input.data, input.max_read);
  importer::CsvReader reader(source, 4096);
  importer::CsvRecord record;
  if (!reader.next(record) || !record.error.empty()) return 0;
  const auto file = importer::netflix_file_of(record.fields);
  if (!file) return 0;
  try {
    const importer::NetflixColumns columns(*file, record.fields);
    while (reader.next(record)) {
      if (!record.error.empty()) continue;
      std::vector<domain::FieldError> errors;
      if (*file == importer::NetflixFile::titles) {
        importer::netflix_title(columns, record, errors);
      } else {
        importer::netflix_credit(columns, record, errors);
      }
    }
  } catch (const importer::ImportFailed&) {
  }
  importer::parse_python_list(input.data);
  return 0;
}
