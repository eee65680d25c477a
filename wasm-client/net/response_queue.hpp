#pragma once
// Where transports post finished requests; the main loop drains it once per
// frame, so response handling always runs on the UI thread between frames.
#include <cstdint>
#include <mutex>
#include <vector>

#include "net/http_types.hpp"

namespace moviedb::client::net {

using RequestId = std::uint64_t;

struct Completion {
  RequestId id = 0;
  HttpResponse response;
};

// Thread-safe: post() may be called from any thread (the browser transport
// calls it from fetch callbacks on the main thread, a native transport may call
// it from a worker); drain() hands over everything posted so far, in order.
class ResponseQueue {
 public:
  void post(Completion completion);
  std::vector<Completion> drain();
  bool empty() const;

 private:
  mutable std::mutex mutex_;
  std::vector<Completion> items_;
};

}  // namespace moviedb::client::net
