#pragma once
// A token bucket per key (username, client address). In memory and per
// process: behind several API instances each enforces its own share.
#include <chrono>
#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace moviedb::auth {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  // `per_minute` attempts, in bursts of up to that many. The buckets take at
  // most `budget_bytes`: full (refilled) buckets go first, then the longest
  // idle, so a spray of keys forgets old ones instead of growing memory.
  explicit RateLimiter(double per_minute, std::size_t budget_bytes = 4u << 20);
  // nullopt when allowed (and counted); otherwise how long until it would be.
  // Keys are bounded by the caller (a validated name, an address).
  std::optional<std::chrono::seconds> acquire(const std::string& key,
                                              Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  // A hash node with its key and allocator headers.
  static std::size_t cost(const std::string& key) { return 2 * key.size() + 96; }
  void make_room(Clock::time_point now);

  double capacity_;
  double per_second_;
  std::size_t budget_;
  std::size_t spent_ = 0;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace moviedb::auth
