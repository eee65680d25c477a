// One movie document, as POST /movies bodies and import records arrive.
#include <boost/json.hpp>

#include "fuzz_input.hpp"
#include "import/document_format.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  boost::system::error_code ec;
  auto value = boost::json::parse(moviedb::fuzz::as_text(bytes, size), ec);
  if (ec || !value.is_object()) return 0;
  std::vector<moviedb::domain::FieldError> errors;
  moviedb::importer::document_record(value.get_object(), errors);
  moviedb::importer::document_id(value.get_object());
  return 0;
}
