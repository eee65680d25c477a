#pragma once
// The browser Transport: emscripten_fetch (XHR underneath), asynchronous only.
// Callbacks arrive on the main thread between frames and only post to the
// ResponseQueue; nothing waits.
#include "net/transport.hpp"

namespace moviedb::client::net {

class FetchTransport : public Transport {
 public:
  explicit FetchTransport(ResponseQueue& queue) : queue_(queue) {}
  void start(RequestId id, const HttpRequest& request) override;

 private:
  ResponseQueue& queue_;
};

}  // namespace moviedb::client::net
