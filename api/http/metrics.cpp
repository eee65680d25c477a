#include "http/metrics.hpp"

#include <sstream>

namespace moviedb::http {

void Metrics::Histogram::observe(double seconds) {
  for (std::size_t i = 0; i < kBuckets.size(); ++i) {
    if (seconds <= kBuckets[i]) ++buckets[i];
  }
  ++count;
  sum += seconds;
}

void Metrics::record(std::string_view route, std::string_view method, unsigned status,
                     std::chrono::microseconds duration) {
  const auto seconds = static_cast<double>(duration.count()) / 1e6;
  std::lock_guard lock(mutex_);
  auto counted = requests_.find(std::tuple{route, method, status});
  if (counted == requests_.end()) {
    counted =
        requests_.emplace(std::tuple{std::string(route), std::string(method), status}, 0).first;
  }
  ++counted->second;
  auto timed = latency_.find(route);
  if (timed == latency_.end()) timed = latency_.emplace(std::string(route), Histogram{}).first;
  timed->second.observe(seconds);
}

void Metrics::record_store_time(std::chrono::microseconds duration) {
  std::lock_guard lock(mutex_);
  store_.observe(static_cast<double>(duration.count()) / 1e6);
}

namespace {

void histogram_lines(std::ostringstream& out, const std::string& name, const std::string& labels,
                     const auto& h, const auto& bounds) {
  const auto sep = labels.empty() ? "" : ",";
  for (std::size_t i = 0; i < bounds.size(); ++i) {
    out << name << "_bucket{" << labels << sep << "le=\"" << bounds[i] << "\"} " << h.buckets[i]
        << "\n";
  }
  out << name << "_bucket{" << labels << sep << "le=\"+Inf\"} " << h.count << "\n";
  const auto braced = labels.empty() ? std::string() : "{" + labels + "}";
  out << name << "_sum" << braced << " " << h.sum << "\n";
  out << name << "_count" << braced << " " << h.count << "\n";
}

}  // namespace

std::string Metrics::prometheus_text() const {
  std::ostringstream out;
  std::lock_guard lock(mutex_);
  out << "# HELP moviedb_http_requests_total Requests answered, by route pattern, method and "
         "status.\n# TYPE moviedb_http_requests_total counter\n";
  for (const auto& [key, count] : requests_) {
    const auto& [route, method, status] = key;
    out << "moviedb_http_requests_total{route=\"" << route << "\",method=\"" << method
        << "\",status=\"" << status << "\"} " << count << "\n";
  }
  out << "# HELP moviedb_http_request_duration_seconds Time to answer, by route pattern.\n"
         "# TYPE moviedb_http_request_duration_seconds histogram\n";
  for (const auto& [route, h] : latency_) {
    histogram_lines(out, "moviedb_http_request_duration_seconds", "route=\"" + route + "\"", h,
                    kBuckets);
  }
  out << "# HELP moviedb_store_call_duration_seconds Time a request spent on a store worker.\n"
         "# TYPE moviedb_store_call_duration_seconds histogram\n";
  histogram_lines(out, "moviedb_store_call_duration_seconds", "", store_, kBuckets);
  out << "# HELP moviedb_connections_open Open client connections.\n"
         "# TYPE moviedb_connections_open gauge\nmoviedb_connections_open "
      << connections_open << "\n"
      << "# HELP moviedb_workers_busy Store workers running a request.\n"
         "# TYPE moviedb_workers_busy gauge\nmoviedb_workers_busy "
      << workers_busy << "\n"
      << "# HELP moviedb_workers_total Size of the store worker pool.\n"
         "# TYPE moviedb_workers_total gauge\nmoviedb_workers_total "
      << workers_total << "\n"
      << "# HELP moviedb_requests_queued Requests waiting for or running on a worker.\n"
         "# TYPE moviedb_requests_queued gauge\nmoviedb_requests_queued "
      << requests_queued << "\n";
  return out.str();
}

}  // namespace moviedb::http
