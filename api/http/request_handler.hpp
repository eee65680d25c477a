#pragma once
// What the server needs from the application: the server moves bytes, enforces
// limits and deadlines; everything about meaning lives behind this interface.
#include <cstddef>
#include <optional>
#include <string_view>

#include "http/message.hpp"

namespace moviedb::http {

class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  // The response when making it cannot wait on the store (a cheap route, an
  // answer already cached), for the I/O thread to send. Empty: answering may
  // touch the store, so the server runs `handle` on its bounded worker pool.
  virtual std::optional<Response> answer_without_store(const Request& request) const = 0;
  // Never throws: every failure is already a response.
  virtual Response handle(const Request& request) const = 0;
  // Largest body accepted for a request to this path.
  virtual std::size_t body_limit(std::string_view path) const = 0;
};

}  // namespace moviedb::http
