#pragma once
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

#include "http/trusted_proxies.hpp"

namespace moviedb::http {

struct ServerConfig {
  std::string host = "127.0.0.1";
  std::uint16_t port = 8080;  // 0 picks a free port; Server::port() tells which
  std::size_t io_threads = 2;
  std::size_t workers = 4;
  // Argon2id hashing (sign-in, registration, password changes) runs here, so
  // it never occupies the store workers; its queue is short: a burst of
  // sign-ins beyond it gets 503 quickly instead of waiting for seconds.
  std::size_t password_workers = 2;
  std::size_t max_queued_passwords = 64;
  // Requests waiting for a worker beyond this get 503 instead of queueing forever.
  std::size_t max_queued = 1024;
  std::size_t max_connections = 10000;
  std::size_t header_limit = 16 * 1024;
  std::size_t max_header_fields = 100;
  std::chrono::milliseconds request_timeout{10'000};   // whole request, from its first byte
  std::chrono::milliseconds idle_timeout{30'000};      // keep-alive wait for the next request
  std::chrono::milliseconds handler_timeout{10'000};   // answer computed on the worker pool
  std::chrono::milliseconds shutdown_grace{10'000};    // in-flight requests may finish
  bool access_log = true;
  TrustedProxies trusted_proxies;  // empty: X-Forwarded-For is ignored
};

}  // namespace moviedb::http
