#pragma once
// How bytes reach the API. The build picks the implementation (emscripten_fetch
// in the browser); tests use a fake that answers from a script.
#include "net/http_types.hpp"
#include "net/response_queue.hpp"

namespace moviedb::client::net {

class Transport {
 public:
  virtual ~Transport() = default;

  // Starts `request` and returns at once: never blocks. Exactly one Completion
  // carrying `id` is later posted to the transport's ResponseQueue (possibly
  // before start() returns; it is only acted on when the main loop drains it).
  virtual void start(RequestId id, const HttpRequest& request) = 0;
};

}  // namespace moviedb::client::net
