#pragma once
// Admin bulk import: the file(s) picked in the browser, their format, a dry
// run first, then the import; the result keeps the per-record errors, which
// can be saved as JSON. The request itself is built here so it is tested
// natively (multipart for the netflix pair, the file as-is otherwise).
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "net/http_types.hpp"
#include "net/wire.hpp"

namespace moviedb::client {

enum class ImportPhase { no_file, ready, dry_running, checked, importing, imported };
std::string_view to_string(ImportPhase phase);

// Which file the next pick fills: netflix imports take titles.csv and credits.csv.
enum class ImportSlot { file, credits };

struct ImportState {
  static constexpr std::array<std::string_view, 4> kFormats{"json", "ndjson", "vega", "netflix"};
  ImportPhase phase = ImportPhase::no_file;
  std::string file_name;  // the file as picked (netflix: titles.csv)
  std::string bytes;
  std::string credits_name;  // netflix only: credits.csv (optional)
  std::string credits_bytes;
  ImportSlot picking = ImportSlot::file;
  std::string format = "json";
  double started_at = 0;                    // when the running request was sent (the state clock)
  std::optional<net::ImportResult> result;  // of the last run (dry or not)
  bool result_is_dry_run = false;
  std::string error;  // the server's refusal of the last run
  bool busy() const { return phase == ImportPhase::dry_running || phase == ImportPhase::importing; }
  // The import proper is offered only after a dry run of this very file and format.
  bool can_import() const { return phase == ImportPhase::checked && result_is_dry_run; }
  bool netflix() const { return format == "netflix"; }
  // What the request carries (both files for netflix).
  std::size_t upload_size() const;
};

// The format a file's name suggests ("" keeps the current choice).
std::string_view format_for_file(std::string_view file_name);

struct MultipartPart {
  std::string name;
  std::string file_name;
  std::string_view bytes;
};
struct MultipartBody {
  std::string content_type;  // multipart/form-data; boundary=…
  std::string body;
};
// multipart/form-data with a boundary that occurs in no part.
MultipartBody encode_multipart(const std::vector<MultipartPart>& parts);

// POST /admin/import for the chosen file(s) and format.
net::HttpRequest import_request(const ImportState& import, bool dry_run);

// The last result with its rejected records, as a JSON document to save.
std::string encode_import_report(const ImportState& import);

// "1.2 MB" and the like (the progress line and the file line).
std::string byte_size(std::size_t bytes);

}  // namespace moviedb::client
