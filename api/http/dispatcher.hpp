#pragma once
// Routes API requests, falls back to the static client, and shapes every
// failure into the contract's error envelope.
#include <chrono>
#include <cstddef>
#include <memory>

#include "http/metrics.hpp"
#include "http/request_handler.hpp"
#include "http/router.hpp"
#include "http/static_files.hpp"

namespace moviedb::http {

struct BodyLimits {
  std::size_t regular = 1 << 20;   // 1 MiB
  std::size_t large = 256u << 20;  // 256 MiB, for routes that admit large bodies (imports)
};

class Dispatcher final : public RequestHandler {
 public:
  Dispatcher(Router router, std::unique_ptr<StaticFiles> static_files, BodyLimits limits,
             Metrics& metrics);

  std::optional<Response> answer_without_store(const Request& request) const override;
  Response handle(const Request& request) const override;
  Pool pool(const Request& request) const override;
  BodyRule body_rule(const Request& head) const override;
  std::optional<Response> admit(const Request& head) const override;

 private:
  // The response and the label it is counted under in the metrics.
  Response route(const Request& request, const RouteMatch& match, std::string& label) const;
  // Routes and shapes failures; `match` is the router's answer for `request`.
  Response answer(const Request& request, const RouteMatch& match) const;
  // Security headers and metrics, for every response that leaves.
  Response finish(const Request& request, Response response, const std::string& label,
                  std::chrono::steady_clock::time_point started) const;

  Router router_;
  std::unique_ptr<StaticFiles> static_files_;
  BodyLimits limits_;
  Metrics& metrics_;
};

}  // namespace moviedb::http
