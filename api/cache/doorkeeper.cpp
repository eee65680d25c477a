#include "cache/doorkeeper.hpp"

#include <algorithm>
#include <bit>
#include <functional>
#include <string>

namespace moviedb::cache {

Doorkeeper::Doorkeeper(std::size_t bytes)
    : mask_(std::bit_floor(std::max<std::size_t>(bytes / sizeof(std::uint64_t), 1)) - 1),
      slots_(std::make_unique<std::atomic<std::uint64_t>[]>(mask_ + 1)) {}

bool Doorkeeper::seen_before(std::string_view key) {
  const std::uint64_t hash = std::hash<std::string_view>{}(key);
  auto& slot = slots_[hash & mask_];
  const std::uint64_t mark = hash | 1;  // 0 marks an empty slot
  // Relaxed: a race between two first requests of one key at most keeps it
  // one request late, or early.
  if (slot.load(std::memory_order_relaxed) == mark) return true;
  slot.store(mark, std::memory_order_relaxed);
  return false;
}

}  // namespace moviedb::cache
