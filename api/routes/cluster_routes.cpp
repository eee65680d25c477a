#include "routes/cluster_routes.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "domain/api_paths.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

using http::ApiError;
using http::Runs;

namespace {

http::Response topology(Services& s, const Call&) {
  return http::json_response(200, s.store.topology());
}

http::Response placement(Services& s, const Call& call) {
  only_params(query_params(call.request), {});
  return http::json_response(200, s.store.placement());
}

// The collections an admin can ask about, by the names the API uses.
const std::pair<std::string_view, store::Placed> kPlaced[] = {{"movies", store::Placed::movies},
                                                              {"people", store::Placed::people},
                                                              {"users", store::Placed::users}};

http::Response locate(Services& s, const Call& call) {
  only_params(query_params(call.request), {});
  const auto& name = call.param("collection");
  const auto& id = call.param("id");
  const auto* placed = std::find_if(std::begin(kPlaced), std::end(kPlaced),
                                    [&](const auto& entry) { return entry.first == name; });
  if (placed == std::end(kPlaced)) {
    throw ApiError(404, "not_found",
                   "no collection '" + name + "' to place (movies, people, users)");
  }
  auto answer = s.store.locate(placed->second, id);
  if (!answer) throw ApiError(404, "not_found", "no " + name + " document with id '" + id + "'");
  (*answer)["collection"] = name;
  (*answer)["id"] = id;
  return http::json_response(200, std::move(*answer));
}

const RouteSpec kRoutes[] = {
    {.method = "GET",
     .path = paths::kAdminCluster,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = topology,
     .doc = {.id = "getCluster",
             .tag = "admin",
             .summary = "The store's topology",
             .description =
                 "The adapter and what it can tell: on MongoDB the shards, replica set members and "
                 "their states, per-shard document counts and the balancer state, as far as mongos "
                 "reports them (facts it cannot read are listed in `unavailable`); on SQLite the "
                 "file and its counts.",
             .details = R"json({
  "responses": {
    "200": {"description": "The topology.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ClusterInfo"}}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kAdminPlacement,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = placement,
     .doc = {.id = "getPlacement",
             .tag = "admin",
             .summary = "Where the data lives",
             .description =
                 "From the cluster's own catalogue, read through mongos (with `--monitor-store` "
                 "when the application's user may not read it): the shards, the database's primary "
                 "shard, and per collection its shard key, chunk count per shard, jumbo chunks and "
                 "the chunk ranges (at most 1,000 shown). An unsharded collection lives on the "
                 "primary shard. Not through mongos, or on SQLite: one node holds every document.",
             .details = R"json({
  "responses": {
    "200": {"description": "The placement.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Placement"}}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kAdminDocumentPlacement,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = locate,
     .doc = {.id = "locateDocument",
             .tag = "admin",
             .summary = "Where one document lives",
             .description =
                 "The shard, and the chunk range, that hold one title, person or account, worked "
                 "out as mongos routes it: the document's shard key (hashed fields hashed as "
                 "MongoDB hashes them) against the chunk ranges in `config.chunks`. For a title, "
                 "also where its credits live (they are sharded by `movie_id`). Not through "
                 "mongos, or on SQLite: one node holds it.",
             .details = R"json({
  "parameters": [
    {"name": "collection", "in": "path", "required": true, "description": "Which kind of document.", "schema": {"type": "string", "enum": ["movies", "people", "users"]}},
    {"name": "id", "in": "path", "required": true, "description": "The document's id, as the API shows it.", "schema": {"type": "string", "minLength": 1, "maxLength": 64}, "example": "tt0111161"}
  ],
  "responses": {
    "200": {"description": "Where it lives.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentPlacement"}}}}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> cluster_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
