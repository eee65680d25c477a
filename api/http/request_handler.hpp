#pragma once
// What the server needs from the application: the server moves bytes, enforces
// limits and deadlines; everything about meaning lives behind this interface.
#include <cstddef>
#include <optional>
#include <string_view>

#include "http/message.hpp"

namespace moviedb::http {

enum class Pool { store, passwords };

struct BodyRule {
  std::size_t limit;
  bool admission_first;  // read the body only after `admit` lets it in
};

class RequestHandler {
 public:
  virtual ~RequestHandler() = default;
  // The response when making it cannot wait on the store (a cheap route, an
  // answer already cached), for the I/O thread to send. Empty: answering may
  // touch the store, so the server runs `handle` on its bounded worker pool.
  virtual std::optional<Response> answer_without_store(const Request& request) const = 0;
  // Never throws: every failure is already a response.
  virtual Response handle(const Request& request) const = 0;
  // Which pool runs `handle` for this request.
  virtual Pool pool(const Request& request) const = 0;
  // How much body a request may carry, judged from its head (no body yet).
  virtual BodyRule body_rule(const Request& head) const = 0;
  // For a BodyRule with `admission_first`: the refusal (401, 403, …) to send
  // instead of reading the body, or nothing to go on. May touch the store, so
  // the server calls it on a worker.
  virtual std::optional<Response> admit(const Request& head) const = 0;
};

}  // namespace moviedb::http
