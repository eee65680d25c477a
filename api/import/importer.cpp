#include "import/importer.hpp"

#include <boost/json.hpp>

#include "import/batch_writer.hpp"
#include "import/csv_reader.hpp"
#include "import/document_format.hpp"
#include "import/json_array_splitter.hpp"
#include "import/line_reader.hpp"
#include "import/netflix_format.hpp"
#include "import/record_text.hpp"
#include "import/vega_format.hpp"

namespace moviedb::importer {

namespace json = boost::json;

namespace {

constexpr std::int64_t kProgressEvery = 4096;

// Reports progress over the sources read so far.
class Progress {
 public:
  Progress(const ImportOptions& options, ByteSource& main, ByteSource* credits)
      : callback_(options.on_progress) {
    const auto a = main.size();
    const auto b = credits ? credits->size() : std::optional<std::uint64_t>(0);
    if (a && b) total_ = *a + *b;
  }

  // `bytes` are those of the source being read; finish_source() banks them.
  void record(std::int64_t records, std::uint64_t bytes) {
    if (callback_ && records % kProgressEvery == 0) report(records, bytes);
  }
  void finish_source(std::int64_t records, std::uint64_t bytes) {
    done_bytes_ += bytes;
    if (callback_) report(records, 0);
  }

 private:
  void report(std::int64_t records, std::uint64_t bytes) const {
    callback_({done_bytes_ + bytes, total_, records});
  }

  const std::function<void(const ImportProgress&)>& callback_;
  std::optional<std::uint64_t> total_;
  std::uint64_t done_bytes_ = 0;
};

using Mapper = store::MovieWithCredits (*)(const json::object&, std::vector<domain::FieldError>&);

// One JSON document (an array element or an NDJSON line) into the batch, or a
// rejection naming its index; `where` prefixes messages ("line 12: ").
void import_document(std::string_view text, std::int64_t index, const std::string& where,
                     Mapper map, MovieBatcher& batcher, ImportReport& report) {
  std::error_code ec;
  const auto value = json::parse(text, ec);
  if (ec) return report.reject(index, "", where + "invalid JSON: " + ec.message());
  if (!value.is_object()) return report.reject(index, "", where + "must be a JSON object");
  const auto& object = value.get_object();
  std::vector<domain::FieldError> errors;
  store::MovieWithCredits record;
  try {
    record = map(object, errors);
  } catch (const std::exception& e) {  // a mapping bug must cost one record, not the import
    errors.push_back({"", e.what()});
  }
  if (!errors.empty()) {
    const auto id = record.movie.id.empty() ? document_id(object) : record.movie.id;
    return report.reject(index, id, where + describe(errors));
  }
  batcher.add(std::move(record));
}

void import_json_array(ByteSource& source, std::size_t max_record_bytes, Mapper map,
                       MovieBatcher& batcher, ImportReport& report, Progress& progress) {
  JsonArraySplitter splitter(source, max_record_bytes);
  JsonElement element;
  while (splitter.next(element)) {
    ++report.records;
    if (!element.error.empty()) {
      report.reject(element.index, "", element.error);
    } else {
      import_document(element.text, element.index, "", map, batcher, report);
    }
    progress.record(report.records, splitter.bytes_read());
  }
  batcher.flush();
  progress.finish_source(report.records, splitter.bytes_read());
}

void import_ndjson(ByteSource& source, std::size_t max_record_bytes, MovieBatcher& batcher,
                   ImportReport& report, Progress& progress) {
  LineReader lines(source, max_record_bytes);
  Line line;
  std::int64_t index = 0;
  while (lines.next(line)) {
    if (!line.too_long && line.text.find_first_not_of(" \t\r") == std::string::npos)
      continue;  // blank lines separate nothing
    ++report.records;
    const auto where = "line " + std::to_string(line.number) + ": ";
    if (line.too_long) {
      report.reject(index, "",
                    where + "record is longer than " + std::to_string(max_record_bytes) + " bytes");
    } else {
      import_document(line.text, index, where, document_record, batcher, report);
    }
    ++index;
    progress.record(report.records, lines.bytes_read());
  }
  batcher.flush();
  progress.finish_source(report.records, lines.bytes_read());
}

// Reads one netflix CSV file (its header says which) into the batchers.
void import_netflix_file(ByteSource& source, const ImportOptions& options,
                         std::optional<NetflixFile> expected, MovieBatcher& movies,
                         CreditBatcher& credits, ImportReport& report, Progress& progress) {
  CsvReader reader(source, options.max_record_bytes);
  CsvRecord record;
  const auto expected_name = std::string(netflix_file_name(expected.value_or(NetflixFile::titles)));
  if (!reader.next(record)) throw ImportFailed(expected_name + " is empty");
  if (!record.error.empty()) throw ImportFailed(expected_name + " header: " + record.error);
  const auto file = expected.value_or(netflix_file_of(record.fields).value_or(NetflixFile::titles));
  const NetflixColumns columns(file, record.fields);
  const auto name = std::string(netflix_file_name(file));
  std::int64_t index = 0;
  while (reader.next(record)) {
    ++report.records;
    const auto where = name + " line " + std::to_string(record.line) + ": ";
    std::vector<domain::FieldError> errors;
    if (!record.error.empty()) errors.push_back({"", record.error});
    if (file == NetflixFile::titles) {
      auto title =
          errors.empty() ? netflix_title(columns, record, errors) : store::MovieWithCredits{};
      if (errors.empty()) {
        movies.add(std::move(title));
      } else {
        report.reject(index, std::string(columns.get(record, "id")), where + describe(errors));
      }
    } else {
      auto credit = errors.empty() ? netflix_credit(columns, record, errors) : domain::Credit{};
      if (errors.empty()) {
        credits.add(index, record.line, std::move(credit));
      } else {
        report.reject(index, std::string(columns.get(record, "id")), where + describe(errors));
      }
    }
    ++index;
    progress.record(report.records, reader.bytes_read());
  }
  movies.flush();
  credits.flush();
  progress.finish_source(report.records, reader.bytes_read());
}

}  // namespace

ImportReport import_movies(store::Store& store, Format format, ByteSource& main,
                           ByteSource* credits, const ImportOptions& options) {
  ImportReport report;
  Progress progress(options, main, credits);
  MovieBatcher movies(store, options.dry_run, options.batch_size, report);
  switch (format) {
    case Format::vega:
      import_json_array(main, options.max_record_bytes, vega_record, movies, report, progress);
      break;
    case Format::json:
      import_json_array(main, options.max_record_bytes, document_record, movies, report, progress);
      break;
    case Format::ndjson:
      import_ndjson(main, options.max_record_bytes, movies, report, progress);
      break;
    case Format::netflix: {
      // Credits outnumber titles and are small: larger batches.
      CreditBatcher credit_batcher(store, options.dry_run, options.batch_size * 5, report,
                                   movies.dry_run_ids());
      // Without a credits file, `main` may be either file (its header tells).
      const auto main_kind = credits ? std::optional(NetflixFile::titles) : std::nullopt;
      import_netflix_file(main, options, main_kind, movies, credit_batcher, report, progress);
      if (credits) {
        import_netflix_file(*credits, options, NetflixFile::credits, movies, credit_batcher, report,
                            progress);
      }
      break;
    }
  }
  return report;
}

}  // namespace moviedb::importer
