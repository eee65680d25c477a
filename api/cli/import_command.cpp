#include "cli/import_command.hpp"

#include <unistd.h>

#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/options.hpp"
#include "cli/values.hpp"
#include "domain/text.hpp"
#include "import/csv_reader.hpp"
#include "import/importer.hpp"
#include "import/json_array_splitter.hpp"
#include "import/netflix_format.hpp"
#include "import/vega_format.hpp"
#include "store/store.hpp"

namespace moviedb::cli {

namespace {

using importer::Format;

constexpr std::size_t kErrorsShown = 20;

std::vector<OptionSpec> import_options() {
  return {
      {"store", "MOVIEDB_STORE", "sqlite:./data/moviedb.sqlite3",
       "store URI: sqlite:PATH or mongodb://HOST:PORT/DB?..."},
      {"format", "MOVIEDB_IMPORT_FORMAT", "",
       "vega, netflix, json or ndjson; default: from each file's name and content"},
      {"dry-run", "MOVIEDB_IMPORT_DRY_RUN", "false", "check and count, write nothing", true},
      {"strict", "MOVIEDB_IMPORT_STRICT", "false", "exit 1 if any record was rejected", true},
      {"batch-size", "MOVIEDB_IMPORT_BATCH_SIZE", "2000", "records per store transaction"},
  };
}

constexpr const char* kUsage =
    "moviedb-api import --store URI [--format vega|netflix|json|ndjson] [--dry-run] [--strict] "
    "FILE...\n\n"
    "Imports movies, keeping valid records and reporting each rejected one. Importing\n"
    "the same file again updates the same titles (ids are kept or derived from title\n"
    "and year). Without --format: .ndjson/.jsonl is NDJSON; .json is vega's movies.json\n"
    "when its first record has a \"Title\", else an array of movie documents; .csv files\n"
    "are Netflix's titles.csv and credits.csv, told apart by their headers";

// One import_movies call: a file, or netflix's titles.csv with its credits.csv.
struct Job {
  Format format;
  std::string main;
  std::string credits;  // netflix only; may be empty
};

std::string extension_of(const std::string& path) {
  return domain::ascii_lower(std::filesystem::path(path).extension().string());
}

bool first_record_is_vega(const std::string& path) {
  importer::FileSource source(path);
  try {
    importer::JsonArraySplitter splitter(source, 8 << 20);
    importer::JsonElement element;
    if (!splitter.next(element) || !element.error.empty()) return false;
    std::error_code ec;
    const auto value = boost::json::parse(element.text, ec);
    return !ec && value.is_object() && importer::looks_like_vega(value.get_object());
  } catch (const importer::ImportFailed&) {
    return false;  // not an array: the json import reports it properly
  }
}

std::optional<importer::NetflixFile> netflix_file_of(const std::string& path) {
  importer::FileSource source(path);
  importer::CsvReader reader(source, 1 << 20);
  importer::CsvRecord header;
  if (!reader.next(header) || !header.error.empty()) return std::nullopt;
  return importer::netflix_file_of(header.fields);
}

std::optional<Format> guess_format(const std::string& path) {
  const auto extension = extension_of(path);
  if (extension == ".ndjson" || extension == ".jsonl") return Format::ndjson;
  if (extension == ".json") return first_record_is_vega(path) ? Format::vega : Format::json;
  if (extension == ".csv") return Format::netflix;
  return std::nullopt;
}

// The netflix files of one run: at most one titles.csv and one credits.csv.
Job netflix_job(const std::vector<std::string>& files) {
  Job job{Format::netflix, "", ""};
  for (const auto& file : files) {
    const auto kind = netflix_file_of(file);
    if (!kind) {
      throw UsageError(file + " is neither a Netflix titles.csv nor a credits.csv (by its header)");
    }
    auto& slot = *kind == importer::NetflixFile::titles ? job.main : job.credits;
    if (!slot.empty()) {
      throw UsageError("two Netflix " + std::string(importer::netflix_file_name(*kind)) +
                       " files: " + slot + " and " + file);
    }
    slot = file;
  }
  if (job.main.empty()) std::swap(job.main, job.credits);  // credits alone, for stored titles
  return job;
}

std::vector<Job> plan(const std::vector<std::string>& files, const std::string& format_flag) {
  for (const auto& file : files) importer::FileSource probe(file);  // fail before any import
  std::optional<Format> forced;
  if (!format_flag.empty()) {
    forced = importer::parse_format(format_flag);
    if (!forced) {
      throw UsageError("unknown format '" + format_flag + "' (vega, netflix, json or ndjson)");
    }
  }
  std::vector<Job> jobs;
  std::vector<std::string> netflix_files;
  for (const auto& file : files) {
    const auto format = forced ? forced : guess_format(file);
    if (!format) {
      throw UsageError("cannot tell the format of " + file + " from its name; pass --format");
    }
    if (*format == Format::netflix) {
      netflix_files.push_back(file);
    } else {
      jobs.push_back({*format, file, ""});
    }
  }
  if (!netflix_files.empty()) jobs.push_back(netflix_job(netflix_files));
  return jobs;
}

// A one-line progress bar redrawn in place, at most ten times a second.
class ProgressBar {
 public:
  explicit ProgressBar(std::string label) : label_(std::move(label)) {}

  void update(const importer::ImportProgress& p) {
    latest_ = p;
    const auto now = std::chrono::steady_clock::now();
    if (drawn_ && now - last_ < std::chrono::milliseconds(100)) return;
    last_ = now;
    draw();
  }

  // Shows the final state, which the rate limit may have skipped.
  void finish() {
    if (!drawn_) return;
    draw();
    std::cerr << "\n";
  }

 private:
  void draw() {
    drawn_ = true;
    char line[160];
    const auto& p = latest_;
    const double mb = static_cast<double>(p.bytes_read) / 1e6;
    if (p.total_bytes && *p.total_bytes > 0) {
      const double share = std::min(1.0, static_cast<double>(p.bytes_read) / *p.total_bytes);
      const int filled = static_cast<int>(share * 30);
      std::snprintf(line, sizeof line, "\r%s [%-30s] %3d%%  %lld records  %.1f/%.1f MB",
                    label_.c_str(), std::string(filled, '#').c_str(), static_cast<int>(share * 100),
                    static_cast<long long>(p.records), mb,
                    static_cast<double>(*p.total_bytes) / 1e6);
    } else {
      std::snprintf(line, sizeof line, "\r%s %lld records  %.1f MB", label_.c_str(),
                    static_cast<long long>(p.records), mb);
    }
    std::cerr << line << std::flush;
  }

  std::string label_;
  importer::ImportProgress latest_;
  bool drawn_ = false;
  std::chrono::steady_clock::time_point last_;
};

std::string summary(const importer::ImportReport& total, bool netflix, bool dry_run) {
  std::string line = "import: " + std::to_string(total.records) +
                     " records: " + std::to_string(total.inserted) + " inserted, " +
                     std::to_string(total.updated) + " updated, " + std::to_string(total.rejected) +
                     " rejected";
  if (netflix) line += ", " + std::to_string(total.credits_added) + " credits added";
  if (dry_run) line += " (dry run)";
  return line;
}

void print_errors(const std::string& file, const importer::ImportReport& report,
                  std::size_t& shown) {
  for (const auto& error : report.errors) {
    if (shown++ >= kErrorsShown) return;
    std::cerr << file << ": record " << error.index;
    if (!error.id.empty()) std::cerr << " (" << error.id << ")";
    std::cerr << ": " << error.message << "\n";
  }
}

}  // namespace

int run_import(std::span<const std::string> args) {
  const auto specs = import_options();
  const auto options = parse_options(args, specs);
  if (options.help) {
    std::cout << format_help(kUsage, specs);
    return 0;
  }
  if (options.positional.empty()) throw UsageError("import needs at least one FILE");
  const auto jobs = plan(options.positional, options.get("format"));

  importer::ImportOptions import_options;
  import_options.dry_run = options.flag("dry-run");
  import_options.batch_size = parse_count("batch-size", options.get("batch-size"));
  const bool tty = ::isatty(STDERR_FILENO) == 1;

  auto store = store::open_store(options.get("store"), 2, store::Workload::batch);
  std::optional<store::BulkLoad> bulk_load;
  if (!import_options.dry_run) bulk_load.emplace(*store);
  importer::ImportReport total;
  std::size_t errors_shown = 0;
  bool netflix = false;
  int failed = 0;
  for (const auto& job : jobs) {
    netflix = netflix || job.format == Format::netflix;
    const auto label = job.main + (job.credits.empty() ? "" : " + " + job.credits);
    ProgressBar bar(std::filesystem::path(job.main).filename().string());
    if (tty) import_options.on_progress = [&bar](const auto& p) { bar.update(p); };
    try {
      importer::FileSource main(job.main);
      std::optional<importer::FileSource> credits;
      if (!job.credits.empty()) credits.emplace(job.credits);
      const auto report = importer::import_movies(*store, job.format, main,
                                                  credits ? &*credits : nullptr, import_options);
      bar.finish();
      print_errors(label, report, errors_shown);
      total.merge(report);
    } catch (const importer::ImportFailed& e) {
      bar.finish();
      std::cerr << "moviedb-api import: " << label << ": " << e.what() << "\n";
      failed = 1;
    }
  }
  if (errors_shown > kErrorsShown) {
    std::cerr << "… and " << total.rejected - static_cast<std::int64_t>(kErrorsShown)
              << " more rejected records\n";
  }
  std::cout << summary(total, netflix, import_options.dry_run) << std::endl;
  if (failed) return 1;
  return options.flag("strict") && total.rejected > 0 ? 1 : 0;
}

}  // namespace moviedb::cli
