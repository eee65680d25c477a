#pragma once
// The HTTP/1.1 server: one coroutine per connection on one of the event loops
// (a thread each), keep-alive, size limits and deadlines, store-bound handlers on
// a bounded worker pool, and a graceful shutdown on SIGINT/SIGTERM. This header
// keeps Beast out of its users.
#include <cstdint>
#include <memory>

#include "http/metrics.hpp"
#include "http/request_handler.hpp"
#include "http/server_config.hpp"

namespace moviedb::http {

class Server {
 public:
  // Binds the listening socket; throws std::system_error when it cannot.
  Server(ServerConfig config, const RequestHandler& handler, Metrics& metrics);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  std::uint16_t port() const;
  // Serves until SIGINT/SIGTERM, then stops accepting, lets in-flight requests
  // finish within the grace period, closes what remains and returns.
  void run();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace moviedb::http
