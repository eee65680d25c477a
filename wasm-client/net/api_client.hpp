#pragma once
// Request bookkeeping on top of a Transport: each request carries a handler
// that runs on the main loop when its completion is drained, so handlers may
// change application state without locks.
#include <cstddef>
#include <functional>
#include <string>
#include <unordered_map>

#include "net/http_types.hpp"
#include "net/response_queue.hpp"
#include "net/transport.hpp"

namespace moviedb::client::net {

class ApiClient {
 public:
  using Handler = std::function<void(const HttpResponse&)>;

  // Both must outlive the client; `queue` is the one `transport` posts to.
  ApiClient(Transport& transport, ResponseQueue& queue);

  RequestId send(HttpRequest request, Handler on_done);
  RequestId get(std::string url, Handler on_done);

  // Runs the handler of every completed request; returns how many ran.
  // Completions whose id is unknown (already handled) are dropped.
  std::size_t dispatch_completed();

  std::size_t in_flight() const { return pending_.size(); }

 private:
  Transport& transport_;
  ResponseQueue& queue_;
  RequestId next_id_ = 1;
  std::unordered_map<RequestId, Handler> pending_;
};

}  // namespace moviedb::client::net
