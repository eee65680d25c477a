#pragma once
// Prometheus metrics: requests by route and status, a latency histogram per
// route, and the gauges of the connection and worker pools.
#include <array>
#include <atomic>
#include <chrono>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <tuple>

namespace moviedb::http {

class Metrics {
 public:
  // `route` is the route's pattern (bounded cardinality), "static" or "unmatched".
  void record(std::string_view route, std::string_view method, unsigned status,
              std::chrono::microseconds duration);
  void record_store_time(std::chrono::microseconds duration);
  std::string prometheus_text() const;

  std::atomic<long> connections_open{0};
  std::atomic<long> workers_busy{0};
  std::atomic<long> requests_queued{0};
  long workers_total = 0;

 private:
  static constexpr std::array<double, 13> kBuckets{0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025,
                                                   0.05,   0.1,   0.25,   0.5,   1,    2.5, 5};
  struct Histogram {
    std::array<std::uint64_t, kBuckets.size()> buckets{};
    std::uint64_t count = 0;
    double sum = 0;
    void observe(double seconds);
  };
  mutable std::mutex mutex_;
  // Transparent: a request is counted without building strings under the lock.
  std::map<std::tuple<std::string, std::string, unsigned>, std::uint64_t, std::less<>> requests_;
  std::map<std::string, Histogram, std::less<>> latency_;
  Histogram store_;
};

}  // namespace moviedb::http
