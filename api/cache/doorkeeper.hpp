#pragma once
// Admits a key to a cache on its second request within a window: the
// doorkeeper of TinyLFU (Einziger, Friedman, Manes, "TinyLFU: A Highly
// Efficient Cache Admission Policy", 2017). Among a million titles most pages
// are asked for once; keeping each of them evicted one that was asked for
// again, and the keeping and evicting cost more than building the page
// (bench/RESULTS.md, "Kept when asked twice").
//
// A fixed table of key hashes, one per slot: the window is about as many
// distinct keys as it has slots, since a later key can take an earlier key's
// slot. Its size is fixed at construction, so no request grows it, and the
// slots are atomics, so asking takes no lock.
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string_view>

namespace moviedb::cache {

class Doorkeeper {
 public:
  // At most `bytes` of slots (a power of two of them; none below 8 bytes).
  explicit Doorkeeper(std::size_t bytes);

  // True when `key` was asked for before, within the window; records it.
  bool seen_before(std::string_view key);
  std::size_t bytes() const { return (mask_ + 1) * sizeof(std::uint64_t); }

 private:
  std::size_t mask_;
  std::unique_ptr<std::atomic<std::uint64_t>[]> slots_;
};

}  // namespace moviedb::cache
