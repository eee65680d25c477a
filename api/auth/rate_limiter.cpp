#include "auth/rate_limiter.hpp"

#include <cmath>

namespace moviedb::auth {

RateLimiter::RateLimiter(double per_minute) : capacity_(per_minute), per_second_(per_minute / 60) {}

std::optional<std::chrono::seconds> RateLimiter::acquire(const std::string& key,
                                                         Clock::time_point now) {
  std::lock_guard lock(mutex_);
  if (buckets_.size() > 100'000) prune(now);  // bounds memory under a spray of keys
  auto [it, fresh] = buckets_.try_emplace(key, Bucket{capacity_, now});
  auto& bucket = it->second;
  const double elapsed = std::chrono::duration<double>(now - bucket.updated).count();
  bucket.tokens = std::min(capacity_, bucket.tokens + elapsed * per_second_);
  bucket.updated = now;
  if (bucket.tokens >= 1) {
    bucket.tokens -= 1;
    return std::nullopt;
  }
  const auto wait = std::ceil((1 - bucket.tokens) / per_second_);
  return std::chrono::seconds(static_cast<long>(std::max(1.0, wait)));
}

void RateLimiter::prune(Clock::time_point now) {
  // A bucket that has refilled completely carries no information.
  std::erase_if(buckets_, [&](const auto& entry) {
    const double elapsed = std::chrono::duration<double>(now - entry.second.updated).count();
    return entry.second.tokens + elapsed * per_second_ >= capacity_;
  });
}

}  // namespace moviedb::auth
