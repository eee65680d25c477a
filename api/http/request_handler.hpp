#pragma once
// What the server needs from the application: the server moves bytes, enforces
// limits and deadlines; everything about meaning lives behind this interface.
#include <cstddef>
#include <string_view>

#include "http/message.hpp"

namespace moviedb::http {

class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  // True when answering may touch the store: the server then runs `handle` on
  // its bounded worker pool instead of an I/O thread.
  virtual bool needs_worker(const Request& request) const = 0;
  // Never throws: every failure is already a response.
  virtual Response handle(const Request& request) const = 0;
  // Largest body accepted for a request to this path.
  virtual std::size_t body_limit(std::string_view path) const = 0;
};

}  // namespace moviedb::http
