#pragma once
// A token bucket per key (username, client address). In memory and per
// process: behind several API instances each enforces its own share.
#include <chrono>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace moviedb::auth {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  // `per_minute` attempts, in bursts of up to that many.
  explicit RateLimiter(double per_minute);
  // nullopt when allowed (and counted); otherwise how long until it would be.
  std::optional<std::chrono::seconds> acquire(const std::string& key,
                                              Clock::time_point now = Clock::now());

 private:
  struct Bucket {
    double tokens;
    Clock::time_point updated;
  };
  void prune(Clock::time_point now);

  double capacity_;
  double per_second_;
  std::mutex mutex_;
  std::unordered_map<std::string, Bucket> buckets_;
};

}  // namespace moviedb::auth
