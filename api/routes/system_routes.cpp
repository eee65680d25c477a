#include "routes/system_routes.hpp"

#include <boost/json/value.hpp>

#include "http/json_response.hpp"
#include "moviedb/version.hpp"

namespace moviedb::routes {

void add_system_routes(http::Router& router, store::Store& store) {
  router.add("GET", "/healthz", http::Runs::on_io_thread, [](const auto&, const auto&) {
    return http::json_response(200, {{"status", "ok"}, {"version", kVersion}});
  });
  router.add("GET", "/readyz", http::Runs::on_worker, [&store](const auto&, const auto&) {
    store.ping();  // StoreUnavailable becomes the 503 envelope
    return http::json_response(200, {{"status", "ready"}, {"store", store.adapter()}});
  });
}

}  // namespace moviedb::routes
