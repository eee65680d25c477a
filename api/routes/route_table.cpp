#include "routes/route_table.hpp"

#include <chrono>
#include <vector>

#include "http/errors.hpp"
#include "routes/admin_data_routes.hpp"
#include "routes/admin_user_routes.hpp"
#include "routes/auth_routes.hpp"
#include "routes/cluster_routes.hpp"
#include "routes/discovery_routes.hpp"
#include "routes/import_routes.hpp"
#include "routes/interaction_routes.hpp"
#include "routes/movie_routes.hpp"
#include "routes/system_routes.hpp"

namespace moviedb::routes {

std::span<const RouteSpec> route_table() {
  static const std::vector<RouteSpec> table = [] {
    std::vector<RouteSpec> all;
    for (auto part :
         {system_routes(), auth_routes(), movie_routes(), interaction_routes(), discovery_routes(),
          admin_user_routes(), admin_data_routes(), cluster_routes(), import_routes()}) {
      all.insert(all.end(), part.begin(), part.end());
    }
    return all;
  }();
  return table;
}

std::optional<domain::Role> required_role(Access access) {
  switch (access) {
    case Access::anyone:
    case Access::anyone_or_signed_in:
      return std::nullopt;
    case Access::signed_in:
      return domain::Role::user;
    case Access::admin:
      return domain::Role::admin;
    case Access::superadmin:
      return domain::Role::superadmin;
  }
  return std::nullopt;
}

namespace {

http::ApiError unavailable(const store::StoreUnavailable& e) {
  http::ApiError error(503, "store_unavailable", e.what());
  error.retry_after = std::chrono::seconds(1);
  return error;
}

// The store's failures as the contract names them. A read that lost its store
// connection is tried once more: the driver has then marked the member gone
// and picks another (a replica-set member dying under a read, whose connection
// the driver would not retry by itself, must not cost anybody a 503). Writes
// are not: the driver's retryable writes do that for them, exactly once.
template <class Work>
http::Response with_store_failures(const http::Request& request, Work work) {
  const bool reads = request.method == "GET" || request.method == "HEAD";
  try {
    try {
      return work();
    } catch (const store::StoreUnavailable&) {
      if (!reads) throw;
      return work();
    }
  } catch (const store::StoreConflict& e) {
    throw http::ApiError(409, "conflict", e.what());
  } catch (const store::StoreUnavailable& e) {
    throw unavailable(e);
  }
}

bool keeps(const RouteSpec& route, const http::Request& request) {
  return route.kept.key && !(route.kept.anonymous_only && request.header("Authorization"));
}

http::Handler handler_for(Services& s, const RouteSpec& route) {
  return [&s, &route, role = required_role(route.access)](const http::Request& request,
                                                          const http::PathParams& path) {
    return with_store_failures(request, [&] {
      Call call{request, path, role ? std::optional(require(s, request, *role)) : std::nullopt};
      const auto key = keeps(route, request) ? route.kept.key(request, path) : std::nullopt;
      if (!key) return route.handle(s, call);
      return s.responses.answer(s.store, request, *key, [&] { return route.handle(s, call); });
    });
  };
}

http::ReadyAnswer ready_for(Services& s, const RouteSpec& route) {
  if (!route.kept.key) return {};
  return [&s, &route](const http::Request& request,
                      const http::PathParams& path) -> std::optional<http::Response> {
    if (!keeps(route, request)) return std::nullopt;
    const auto key = route.kept.key(request, path);
    if (!key) return std::nullopt;
    return s.responses.find(s.store, request, *key);
  };
}

}  // namespace

void add_routes(http::Router& router, Services& s, std::span<const RouteSpec> routes) {
  for (const auto& route : routes) {
    auto& added = router.add(std::string(route.method), route.path, route.runs,
                             handler_for(s, route), ready_for(s, route));
    if (!route.large_body) continue;
    // Authenticated from the head alone, before the server reads the body.
    added.admit_large_body = [&s, role = required_role(route.access)](const http::Request& head) {
      try {
        if (role) require(s, head, *role);
      } catch (const store::StoreUnavailable& e) {
        throw unavailable(e);
      }
    };
  }
}

}  // namespace moviedb::routes
