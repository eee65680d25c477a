#pragma once
// What an import did: the body of POST /admin/import's answer and the source
// of the command line's summary.
#include <boost/json/fwd.hpp>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace moviedb::importer {

// The input cannot be imported at all (unreadable file, not a JSON array, a
// CSV without the needed columns); records read before it stay imported.
class ImportFailed : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ImportError {
  std::int64_t index = 0;  // 0-based record index in its file
  std::string id;          // the record's id when it had one
  std::string message;     // CSV and NDJSON messages start with "FILE line N: "
};

struct ImportReport {
  // A client cannot use a million messages; the count stays exact.
  static constexpr std::size_t kMaxErrors = 1000;

  std::int64_t records = 0;  // records read (titles and credit rows for netflix)
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t rejected = 0;
  std::int64_t credits_added = 0;  // netflix credits.csv rows that were new
  std::vector<ImportError> errors;

  void reject(std::int64_t index, std::string id, std::string message);
  // Sums another file's report into this one (several files on one command line).
  void merge(const ImportReport& other);
};

// {"records", "inserted", "updated", "rejected", "credits_added", "errors": [{"index", "id"?,
// "message"}]}
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out,
                const ImportReport& report);

}  // namespace moviedb::importer
