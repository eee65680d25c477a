#include "import/format.hpp"

namespace moviedb::importer {

std::optional<Format> parse_format(std::string_view name) {
  if (name == "vega") return Format::vega;
  if (name == "netflix") return Format::netflix;
  if (name == "json") return Format::json;
  if (name == "ndjson" || name == "jsonl") return Format::ndjson;
  return std::nullopt;
}

std::string_view format_name(Format format) {
  switch (format) {
    case Format::vega:
      return "vega";
    case Format::netflix:
      return "netflix";
    case Format::json:
      return "json";
    case Format::ndjson:
      return "ndjson";
  }
  return "unknown";
}

}  // namespace moviedb::importer
