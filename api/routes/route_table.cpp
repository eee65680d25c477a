#include "routes/route_table.hpp"

#include <vector>

#include "routes/admin_data_routes.hpp"
#include "routes/admin_user_routes.hpp"
#include "routes/auth_routes.hpp"
#include "routes/cluster_routes.hpp"
#include "routes/contract_failures.hpp"
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

// Every movie carries its counters, so any reaction retires the kept answers.
std::optional<std::uint64_t> kept_version(Services& s) {
  return s.store.movies_version(true);
}

bool keeps(const RouteSpec& route, const http::Request& request) {
  return route.kept.key && !(route.kept.anonymous_only && request.header("Authorization"));
}

http::Handler handler_for(Services& s, const RouteSpec& route) {
  return [&s, &route, role = required_role(route.access)](const http::Request& request,
                                                          const http::PathParams& path) {
    return with_contract_failures(request, [&] {
      Call call{request, path, role ? std::optional(require(s, request, *role)) : std::nullopt};
      const auto key = keeps(route, request) ? route.kept.key(request, path) : std::nullopt;
      if (!key) return route.handle(s, call);
      return s.responses.answer(
          kept_version(s), request, *key, [&] { return route.handle(s, call); }, route.kept.keep);
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
    return s.responses.find(kept_version(s), request, *key);
  };
}

}  // namespace

void add_routes(http::Router& router, Services& s, std::span<const RouteSpec> routes) {
  for (const auto& route : routes) {
    const auto runs =
        route.point_read && s.store.reads_locally() ? http::Runs::on_io_thread : route.runs;
    auto& added = router.add(std::string(route.method), route.path, runs, handler_for(s, route),
                             ready_for(s, route));
    if (!route.large_body) continue;
    // Authenticated from the head alone, before the server reads the body.
    added.admit_large_body = [&s, role = required_role(route.access)](const http::Request& head) {
      if (!role) return;
      with_contract_failures(head, [&] { require(s, head, *role); });
    };
  }
}

}  // namespace moviedb::routes
