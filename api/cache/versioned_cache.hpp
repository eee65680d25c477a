#pragma once
// Answers of expensive reads (search pages, totals, facets, whole response
// bodies), kept while the data they came from is unchanged. Each entry
// carries the data version it was computed at. Writers move the version on
// after their commit and readers take it before their query, so an entry can
// be older than its version says (then it is never served) but never newer.
// Least recently used entries go first once the entries' bytes pass the
// budget. An entry is charged its value's size as the caller states it, its
// key (held twice: in the entry and in the index) and the containers' own
// overhead, so many small entries with long keys cannot outgrow the budget.
#include <cstdint>
#include <list>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

namespace moviedb::cache {

template <class Value>
class VersionedCache {
 public:
  explicit VersionedCache(std::size_t budget) : budget_(budget) {}

  std::optional<Value> find(const std::string& key, std::uint64_t version) {
    std::lock_guard lock(mutex_);
    const auto it = index_.find(key);
    if (it == index_.end() || it->second->version != version) return std::nullopt;
    entries_.splice(entries_.begin(), entries_, it->second);
    return it->second->value;
  }

  void put(const std::string& key, std::uint64_t version, Value value, std::size_t value_bytes) {
    const auto cost = value_bytes + 2 * key.size() + kEntryOverhead;
    if (cost > budget_) return;
    std::lock_guard lock(mutex_);
    if (const auto it = index_.find(key); it != index_.end()) erase(it->second);
    entries_.push_front({key, version, std::move(value), cost});
    index_.emplace(key, entries_.begin());
    spent_ += cost;
    while (spent_ > budget_) erase(std::prev(entries_.end()));
  }

 private:
  // A list node, a hash node and a bucket slot, with allocator headers.
  static constexpr std::size_t kEntryOverhead = 160;

  struct Entry {
    std::string key;
    std::uint64_t version;
    Value value;
    std::size_t cost;
  };
  using Position = typename std::list<Entry>::iterator;

  void erase(Position entry) {
    spent_ -= entry->cost;
    index_.erase(entry->key);
    entries_.erase(entry);
  }

  std::size_t budget_;
  std::size_t spent_ = 0;
  std::mutex mutex_;
  std::list<Entry> entries_;
  std::unordered_map<std::string, Position> index_;
};

}  // namespace moviedb::cache
