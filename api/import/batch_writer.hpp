#pragma once
// Groups valid records into batches for the store (one transaction each) and
// keeps the counts of a dry run equal to those of a real run.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "import/import_report.hpp"
#include "store/store.hpp"

namespace moviedb::importer {

// Ids (or credit keys) an import has seen, as 64-bit hashes: a million ids
// cost a few tens of MB instead of their text. A collision (odds ~1e-7 at a
// million ids) could only miscount one record of a dry run.
class SeenSet {
 public:
  bool insert(std::string_view key) { return hashes_.insert(hash(key)).second; }
  bool contains(std::string_view key) const { return hashes_.contains(hash(key)); }

 private:
  static std::uint64_t hash(std::string_view key) { return std::hash<std::string_view>{}(key); }
  std::unordered_set<std::uint64_t> hashes_;
};

class MovieBatcher {
 public:
  MovieBatcher(store::Store& store, bool dry_run, std::size_t batch_size, ImportReport& report);

  // A later record with the same id replaces an earlier one and counts as an update.
  void add(store::MovieWithCredits record);
  void flush();
  // Ids of this dry run's titles (a real run has stored them; this stays empty).
  const SeenSet& dry_run_ids() const { return seen_; }

 private:
  store::Store& store_;
  bool dry_run_;
  std::size_t batch_size_;
  ImportReport& report_;
  std::vector<store::MovieWithCredits> batch_;
  std::unordered_map<std::string, std::size_t> in_batch_;
  SeenSet seen_;
};

// Credits of titles stored before or in this import; the others are rejected.
class CreditBatcher {
 public:
  // `dry_run_titles`: in a dry run, the titles of this import count as present.
  CreditBatcher(store::Store& store, bool dry_run, std::size_t batch_size, ImportReport& report,
                const SeenSet& dry_run_titles);

  void add(std::int64_t index, std::int64_t line, domain::Credit credit);
  void flush();

 private:
  struct Pending {
    std::int64_t index;
    std::int64_t line;
    domain::Credit credit;
  };

  store::Store& store_;
  bool dry_run_;
  std::size_t batch_size_;
  ImportReport& report_;
  const SeenSet& dry_run_titles_;
  std::vector<Pending> batch_;
  SeenSet seen_credits_;  // dry runs: a repeated credit is not new the second time
};

}  // namespace moviedb::importer
