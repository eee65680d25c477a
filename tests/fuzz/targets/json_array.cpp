// JSON arrays of any size cut into elements, read in chunks of every size.
#include <boost/json.hpp>
#include <cstdlib>

#include "fuzz_input.hpp"
#include "import/byte_source.hpp"
#include "import/document_format.hpp"
#include "import/import_report.hpp"
#include "import/json_array_splitter.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace moviedb;
  const auto input = fuzz::split_input(bytes, size);
  importer::MemorySource source(input.data, input.max_read);
  constexpr std::size_t kMaxElement = 4096;
  try {
    importer::JsonArraySplitter splitter(source, kMaxElement);
    importer::JsonElement element;
    while (splitter.next(element)) {
      if (element.text.size() > kMaxElement) std::abort();
      boost::system::error_code ec;
      auto value = boost::json::parse(element.text, ec);
      if (ec || !value.is_object()) continue;
      std::vector<domain::FieldError> errors;
      importer::document_record(value.get_object(), errors);
    }
  } catch (const importer::ImportFailed&) {
  }
  return 0;
}
