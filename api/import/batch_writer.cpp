#include "import/batch_writer.hpp"

#include <algorithm>

namespace moviedb::importer {

MovieBatcher::MovieBatcher(store::Store& store, bool dry_run, std::size_t batch_size,
                           ImportReport& report)
    : store_(store),
      dry_run_(dry_run),
      batch_size_(std::max<std::size_t>(1, batch_size)),
      report_(report) {
  batch_.reserve(batch_size_);
}

void MovieBatcher::add(store::MovieWithCredits record) {
  if (auto it = in_batch_.find(record.movie.id); it != in_batch_.end()) {
    // As if both were written in order: credits the later one leaves out stay.
    auto& earlier = batch_[it->second];
    if (!record.credits) record.credits = std::move(earlier.credits);
    earlier = std::move(record);
    ++report_.updated;
    return;
  }
  if (dry_run_ && !seen_.insert(record.movie.id)) {
    // Stored by an earlier batch in a real run: an update, with nothing to check.
    ++report_.updated;
    return;
  }
  in_batch_.emplace(record.movie.id, batch_.size());
  batch_.push_back(std::move(record));
  if (batch_.size() >= batch_size_) flush();
}

void MovieBatcher::flush() {
  if (batch_.empty()) return;
  const auto counts = store_.upsert_movies(batch_, dry_run_);
  report_.inserted += counts.inserted;
  report_.updated += counts.updated;
  batch_.clear();
  in_batch_.clear();
}

CreditBatcher::CreditBatcher(store::Store& store, bool dry_run, std::size_t batch_size,
                             ImportReport& report, const SeenSet& dry_run_titles)
    : store_(store),
      dry_run_(dry_run),
      batch_size_(std::max<std::size_t>(1, batch_size)),
      report_(report),
      dry_run_titles_(dry_run_titles) {}

void CreditBatcher::add(std::int64_t index, std::int64_t line, domain::Credit credit) {
  batch_.push_back({index, line, std::move(credit)});
  if (batch_.size() >= batch_size_) flush();
}

void CreditBatcher::flush() {
  if (batch_.empty()) return;
  std::vector<std::string> unknown;
  for (const auto& pending : batch_) {
    if (!dry_run_titles_.contains(pending.credit.movie_id))
      unknown.push_back(pending.credit.movie_id);
  }
  std::sort(unknown.begin(), unknown.end());
  unknown.erase(std::unique(unknown.begin(), unknown.end()), unknown.end());
  auto stored = unknown.empty() ? std::vector<std::string>{} : store_.existing_movie_ids(unknown);
  std::sort(stored.begin(), stored.end());

  std::vector<domain::Credit> valid;
  valid.reserve(batch_.size());
  for (auto& pending : batch_) {
    const auto& movie_id = pending.credit.movie_id;
    if (!dry_run_titles_.contains(movie_id) &&
        !std::binary_search(stored.begin(), stored.end(), movie_id)) {
      report_.reject(pending.index, movie_id,
                     "credits.csv line " + std::to_string(pending.line) + ": title '" + movie_id +
                         "' is neither stored nor in this import");
      continue;
    }
    if (dry_run_) {
      const auto& c = pending.credit;
      const auto key = c.movie_id + '\x1f' + c.person_id + '\x1f' + c.role + '\x1f' + c.character;
      if (!seen_credits_.insert(key)) continue;
    }
    valid.push_back(std::move(pending.credit));
  }
  if (!valid.empty()) report_.credits_added += store_.add_credits(valid, dry_run_);
  batch_.clear();
}

}  // namespace moviedb::importer
