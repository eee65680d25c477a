#pragma once
// The HTTP contract, one entry per route, next to its handler: who may call
// it, where it runs, whether its body may be large, whether its answer is kept,
// and its documentation. The router is filled from these entries and the
// OpenAPI paths are generated from them (openapi_operations.cpp), so the
// server and its description cannot say different things about access, bodies,
// caching or the error statuses those imply.
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "routes/route_support.hpp"

namespace moviedb::routes {

enum class Access {
  anyone,               // no token looked at
  anyone_or_signed_in,  // a token is optional and changes the answer; the handler reads it
  signed_in,
  admin,
  superadmin,
};

// One request as a handler sees it. For routes whose access needs an account,
// the caller has passed the check before the handler runs.
struct Call {
  const http::Request& request;
  const http::PathParams& path;
  std::optional<domain::User> caller;

  const domain::User& user() const { return *caller; }
  const std::string& param(std::string_view name) const { return path.find(name)->second; }
};

using Handle = http::Response (*)(Services&, const Call&);

// Answers that are the same for every caller of the request, built once per
// store change (http::ResponseCache) and sent from the I/O thread while
// current. `key` names the answer in its normalised form; nullopt: this
// request's answer is not kept. It throws for an invalid request, which the
// handler then reports.
struct Kept {
  using Key = std::optional<std::string> (*)(const http::Request&, const http::PathParams&);
  Key key = nullptr;            // null: never kept
  bool anonymous_only = false;  // a caller with a token gets an answer of their own
  http::ResponseCache::Keep keep = http::ResponseCache::Keep::at_once;
};

struct Doc {
  std::string_view id;  // operationId
  std::string_view tag;
  std::string_view summary;
  std::string_view access_note = {};  // qualifies the access sentence
  std::string_view description = {};
  // Takes the filters of GET /api/v1/movies (q, type, genre, …, sort): they
  // come before the operation's own parameters.
  bool movie_filters = false;
  // JSON object: the operation's own "parameters" (path ones included),
  // "requestBody" and "responses". The statuses the entry implies (400, 431;
  // 401/403 from access, 413 for a body, 404 for a path with ids, 304 when
  // kept, 503 for store work) are added where it does not list them.
  std::string_view details;
};

struct RouteSpec {
  std::string_view method;
  std::string_view path;  // template: literal segments and {name} captures
  Access access;
  http::Runs runs;
  Handle handle;
  Doc doc;
  Kept kept = {};
  bool large_body = false;  // admitted up to the large limit after the access check
  // A few keyed lookups: on a store that reads from a local file it runs on
  // the I/O thread that read the request, without the hand-off to a worker
  // and back (two thread wake-ups, more than the lookups cost).
  bool point_read = false;
};

// Every route of the API, in match order.
std::span<const RouteSpec> route_table();

// Registers `routes`, enforcing each entry's access, body and caching rules.
// The router refers to the entries: they must outlive it (route_table's do).
void add_routes(http::Router& router, Services& services, std::span<const RouteSpec> routes);

// The role an access level needs; nullopt for the levels without a check.
std::optional<domain::Role> required_role(Access access);

}  // namespace moviedb::routes
