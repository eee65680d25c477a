#include "auth/rate_limiter.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

namespace moviedb::auth {

RateLimiter::RateLimiter(double per_minute, std::size_t budget_bytes)
    : capacity_(per_minute), per_second_(per_minute / 60), budget_(budget_bytes) {}

std::optional<std::chrono::seconds> RateLimiter::acquire(const std::string& key,
                                                         Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = buckets_.find(key);
  if (it == buckets_.end()) {
    if (spent_ + cost(key) > budget_) make_room(now);
    it = buckets_.emplace(key, Bucket{capacity_, now}).first;
    spent_ += cost(key);
  }
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

void RateLimiter::make_room(Clock::time_point now) {
  const auto forget = [&](auto predicate) {
    for (auto it = buckets_.begin(); it != buckets_.end();) {
      if (predicate(it->second)) {
        spent_ -= cost(it->first);
        it = buckets_.erase(it);
      } else {
        ++it;
      }
    }
  };
  // A bucket that has refilled completely carries no information.
  forget([&](const Bucket& b) {
    const double elapsed = std::chrono::duration<double>(now - b.updated).count();
    return b.tokens + elapsed * per_second_ >= capacity_;
  });
  if (spent_ * 4 <= budget_ * 3) return;
  // Still three quarters full: a spray of live keys. The older half goes.
  std::vector<Clock::time_point> ages;
  ages.reserve(buckets_.size());
  for (const auto& entry : buckets_) ages.push_back(entry.second.updated);
  const auto middle = ages.begin() + static_cast<std::ptrdiff_t>(ages.size() / 2);
  std::nth_element(ages.begin(), middle, ages.end());
  const auto cutoff = *middle;
  forget([&](const Bucket& b) { return b.updated <= cutoff; });
}

}  // namespace moviedb::auth
