#include "routes/system_routes.hpp"

#include <boost/json/value.hpp>

#include "domain/api_paths.hpp"
#include "http/json_response.hpp"
#include "moviedb/version.hpp"
#include "routes/openapi_document.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

namespace {

using http::Runs;

http::Response metrics(Services& s, const Call&) {
  http::Response response;
  response.content_type = "text/plain; version=0.0.4; charset=utf-8";
  response.body = s.metrics.prometheus_text();
  return response;
}

http::Response health(Services&, const Call&) {
  return http::json_response(200, {{"status", "ok"}, {"version", kVersion}});
}

http::Response openapi(Services&, const Call&) {
  http::Response response;
  response.content_type = "application/json";
  response.body = openapi_json();
  return response;
}

http::Response readiness(Services& s, const Call&) {
  s.store.ping();  // StoreUnavailable becomes the 503 envelope
  // Reads still work without a primary: stay in rotation, but say so.
  if (auto outage = s.store.write_outage()) {
    return http::json_response(
        200, {{"status", "degraded"}, {"store", s.store.adapter()}, {"writes", *outage}});
  }
  return http::json_response(200, {{"status", "ready"}, {"store", s.store.adapter()}});
}

constexpr std::string_view kOpenApiAnswer = R"json({
  "responses": {
    "200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}
  }
})json";

const RouteSpec kRoutes[] = {
    {.method = "GET",
     .path = paths::kMetrics,
     .access = Access::anyone,
     .runs = Runs::on_io_thread,
     .handle = metrics,
     .doc = {.id = "getMetrics",
             .tag = "system",
             .summary = "Prometheus metrics",
             .description = "Prometheus text exposition format: requests by route and status, "
                            "request latency histogram, store latency, worker pool use.",
             .details = R"json({
  "responses": {
    "200": {"description": "The metrics.", "content": {"text/plain": {"schema": {"type": "string"}, "example": "# HELP moviedb_http_requests_total HTTP requests by route and status.\n# TYPE moviedb_http_requests_total counter\nmoviedb_http_requests_total{route=\"GET /api/v1/movies\",status=\"200\"} 42\n"}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kHealth,
     .access = Access::anyone,
     .runs = Runs::on_io_thread,
     .handle = health,
     .doc = {.id = "getHealth",
             .tag = "system",
             .summary = "Liveness",
             .description = "The process is up; does not touch the store.",
             .details = R"json({
  "responses": {
    "200": {"description": "Up.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}, "example": {"status": "ok", "version": "0.1.0"}}}}
  }
})json"}},
    // The reference lives at the top level (where the README links) and under the API prefix.
    {.method = "GET",
     .path = paths::kOpenApi,
     .access = Access::anyone,
     .runs = Runs::on_io_thread,
     .handle = openapi,
     .doc = {.id = "getOpenApi",
             .tag = "system",
             .summary = "This document",
             .description = "The OpenAPI description of the HTTP API.",
             .details = kOpenApiAnswer}},
    {.method = "GET",
     .path = paths::kOpenApiV1,
     .access = Access::anyone,
     .runs = Runs::on_io_thread,
     .handle = openapi,
     .doc = {.id = "getOpenApiV1",
             .tag = "system",
             .summary = "This document (under the API prefix)",
             .description = "The same document as `GET /openapi.json`.",
             .details = kOpenApiAnswer}},
    {.method = "GET",
     .path = paths::kReady,
     .access = Access::anyone,
     .runs = Runs::on_worker,
     .handle = readiness,
     .doc = {.id = "getReadiness",
             .tag = "system",
             .summary = "Readiness",
             .description =
                 "The store answers a round trip (any member will do). `degraded` when reads are "
                 "answered but writes would fail (a replica set without a primary): a load "
                 "balancer keeps the instance, people can still browse.",
             .details = R"json({
  "responses": {
    "200": {"description": "Ready.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ready"}, "example": {"status": "ready", "store": "sqlite"}}}}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> system_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
