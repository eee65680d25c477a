#include "http/dispatcher.hpp"

#include <iostream>

#include "http/errors.hpp"
#include "http/security_headers.hpp"

namespace moviedb::http {

namespace {

bool is_api_path(std::string_view path) {
  return path == "/api" || path.starts_with("/api/");
}

}  // namespace

Dispatcher::Dispatcher(Router router, std::unique_ptr<StaticFiles> static_files, BodyLimits limits,
                       Metrics& metrics)
    : router_(std::move(router)),
      static_files_(std::move(static_files)),
      limits_(limits),
      metrics_(metrics) {}

std::optional<Response> Dispatcher::answer_without_store(const Request& request) const {
  const auto match = router_.match(request.method, request.path);
  if (!match.route || match.route->runs == Runs::on_io_thread) return answer(request, match);
  if (!match.route->ready) return std::nullopt;
  const auto started = std::chrono::steady_clock::now();
  std::optional<Response> ready;
  try {
    ready = match.route->ready(request, match.params);
  } catch (const std::exception&) {
    return std::nullopt;  // the worker will answer, or report the failure
  }
  if (!ready) return std::nullopt;
  ready->omit_body = request.method == "HEAD";
  return finish(request, std::move(*ready), match.route->pattern, started);
}

Pool Dispatcher::pool(const Request& request) const {
  const auto match = router_.match(request.method, request.path);
  const bool hashes = match.route && match.route->runs == Runs::on_password_worker;
  return hashes ? Pool::passwords : Pool::store;
}

BodyRule Dispatcher::body_rule(const Request& head) const {
  const auto match = router_.match(head.method, head.path);
  if (match.route && match.route->admit_large_body) return {limits_.large, true};
  return {limits_.regular, false};
}

std::optional<Response> Dispatcher::admit(const Request& head) const {
  const auto match = router_.match(head.method, head.path);
  if (!match.route || !match.route->admit_large_body) return std::nullopt;
  const auto started = std::chrono::steady_clock::now();
  try {
    match.route->admit_large_body(head);
    return std::nullopt;
  } catch (const ApiError& e) {
    return finish(head, api_error_response(e), match.route->pattern, started);
  }
}

Response Dispatcher::route(const Request& request, const RouteMatch& match,
                           std::string& label) const {
  label = match.route ? match.route->pattern : "unmatched";
  if (match.route) {
    auto response = match.route->handler(request, match.params);
    response.omit_body = response.omit_body || request.method == "HEAD";
    return response;
  }
  if (match.path_known) {
    auto response = error_response(405, "method_not_allowed",
                                   request.method + " is not allowed on " + request.path);
    response.set_header("Allow", match.allowed_methods);
    return response;
  }
  const bool reads = request.method == "GET" || request.method == "HEAD";
  if (reads && !is_api_path(request.path) && static_files_) {
    if (auto response = static_files_->serve(request)) {
      label = "static";
      return std::move(*response);
    }
  }
  if (!reads && !is_api_path(request.path)) {
    auto response = error_response(405, "method_not_allowed", "static files are read-only");
    response.set_header("Allow", "GET, HEAD");
    return response;
  }
  return error_response(404, "not_found", "no resource at " + request.path);
}

Response Dispatcher::handle(const Request& request) const {
  return answer(request, router_.match(request.method, request.path));
}

Response Dispatcher::answer(const Request& request, const RouteMatch& match) const {
  const auto started = std::chrono::steady_clock::now();
  Response response;
  std::string label = "unmatched";
  try {
    response = route(request, match, label);
  } catch (const ApiError& e) {
    response = api_error_response(e);
  } catch (const domain::ValidationError& e) {
    response = error_response(400, "invalid", e.what(), e.errors());
  } catch (const std::exception& e) {
    // A bug on our side: log it once, tell the client nothing internal.
    std::cerr << "{\"level\":\"error\",\"event\":\"handler_failed\",\"path\":\"" << request.path
              << "\",\"what\":\"" << e.what() << "\"}\n";
    response = error_response(500, "internal", "the server failed to handle this request");
  }
  return finish(request, std::move(response), label, started);
}

Response Dispatcher::finish(const Request& request, Response response, const std::string& label,
                            std::chrono::steady_clock::time_point started) const {
  add_security_headers(response);
  metrics_.record(label, request.method, response.status,
                  std::chrono::duration_cast<std::chrono::microseconds>(
                      std::chrono::steady_clock::now() - started));
  return response;
}

}  // namespace moviedb::http
