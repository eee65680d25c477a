#pragma once
// The file formats an import understands.
#include <optional>
#include <string_view>

namespace moviedb::importer {

enum class Format {
  vega,     // vega-datasets movies.json: an array of {"Title": …, "IMDB Rating": …}
  netflix,  // titles.csv (+ credits.csv)
  json,     // an array of movie documents in the API's own shape
  ndjson,   // one such document per line
};

std::optional<Format> parse_format(std::string_view name);
std::string_view format_name(Format format);

}  // namespace moviedb::importer
