#include "routes/system_routes.hpp"

#include <boost/json/value.hpp>

#include "http/json_response.hpp"
#include "moviedb/version.hpp"
#include "routes/openapi_document.hpp"

namespace moviedb::routes {

void add_system_routes(http::Router& router, store::Store& store, const http::Metrics& metrics) {
  router.add("GET", "/metrics", http::Runs::on_io_thread, [&metrics](const auto&, const auto&) {
    http::Response response;
    response.content_type = "text/plain; version=0.0.4; charset=utf-8";
    response.body = metrics.prometheus_text();
    return response;
  });
  router.add("GET", "/healthz", http::Runs::on_io_thread, [](const auto&, const auto&) {
    return http::json_response(200, {{"status", "ok"}, {"version", kVersion}});
  });
  // The reference lives at the top level (where the README links) and under the API prefix.
  for (const char* path : {"/openapi.json", "/api/v1/openapi.json"}) {
    router.add("GET", path, http::Runs::on_io_thread, [](const auto&, const auto&) {
      http::Response response;
      response.content_type = "application/json";
      response.body = openapi_json();
      return response;
    });
  }
  router.add("GET", "/readyz", http::Runs::on_worker, [&store](const auto&, const auto&) {
    store.ping();  // StoreUnavailable becomes the 503 envelope
    // Reads still work without a primary: stay in rotation, but say so.
    if (auto outage = store.write_outage()) {
      return http::json_response(
          200, {{"status", "degraded"}, {"store", store.adapter()}, {"writes", *outage}});
    }
    return http::json_response(200, {{"status", "ready"}, {"store", store.adapter()}});
  });
}

}  // namespace moviedb::routes
