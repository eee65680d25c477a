// GET /admin/cluster on MongoDB: what the connected deployment can tell.
// Each fact comes from one command; a command the server lacks (FerretDB,
// a standalone, a mongos for replSetGetStatus) or the user may not run is
// listed under "unavailable" with the reason, and the rest still answers.
#include <boost/json.hpp>
#include <optional>

#include "store/mongo/documents.hpp"
#include "store/mongo/mongo_store.hpp"

namespace moviedb::store::mongo {

namespace json = boost::json;

namespace {

// The shard keys production uses (cluster/ shards the collections).
json::object intended_shard_keys() {
  return {{coll::kMovies, json::object{{"_id", "hashed"}}},
          {coll::kInteractions, json::object{{"user_id", 1}, {"movie_id", 1}}},
          {coll::kCredits, json::object{{"movie_id", 1}}},
          {coll::kUsers, "unsharded"},
          {coll::kPerson, "unsharded"},
          {coll::kSessions, "unsharded"},
          {coll::kAudit, "unsharded"}};
}

}  // namespace

json::object MongoStore::topology() {
  Lease lease(pool_);
  // Cluster-wide facts (shards, balancer, members, config.*) through the
  // monitoring connection when there is one; the application's data through
  // its own.
  // Never a second client of the application's pool (a store call holds one).
  ClientPool& cluster = monitor_ ? *monitor_ : pool_;
  std::optional<Lease> monitor_lease;
  const Lease& cluster_lease = monitor_ ? monitor_lease.emplace(*monitor_) : lease;
  json::object out{{"adapter", "mongodb"}};
  out["monitor"] = monitor_ ? "a connection of its own (--monitor-store)"
                            : "the application's connection (no --monitor-store)";
  // A fact this kind of deployment does not report is not a failure (an
  // admin should not see an error for every mongos); a command that was
  // refused or broke is.
  json::array unavailable;
  auto list = [&](const char* what, std::string reason, bool failed) {
    unavailable.push_back(
        json::object{{"what", what}, {"reason", std::move(reason)}, {"failed", failed}});
  };
  auto not_reported = [&](const char* what, const char* reason) { list(what, reason, false); };
  auto missing = [&](const char* what, const bson_error_t& error, const char* why = nullptr) {
    std::string reason = why ? std::string(why) + " (" + error.message + ")" : error.message;
    // 13: Unauthorized, 59: CommandNotFound (src/mongo/base/error_codes.yml).
    if (error.code == 13 && !monitor_) {
      reason += "; needs the clusterMonitor role: start the API with --monitor-store";
    }
    list(what, std::move(reason), error.code != 59);
  };
  auto run = [&](const Doc& command, bool admin, Doc& reply, bson_error_t& error) {
    return cluster_lease.command(command, cluster.shared_reads(), reply, error, admin);
  };

  Doc hello, build;
  bson_error_t error;
  if (!run(Doc().i32("hello", 1), true, hello, error)) {
    throw_driver_error(error, "hello", hello.get());  // nothing reachable: 503
  }
  const auto h = hello.view();
  const bool mongos = h.str("msg") == "isdbgrid";
  out["database"] = pool_.database();
  out["is_mongos"] = mongos;
  if (run(Doc().i32("buildInfo", 1), true, build, error)) {
    out["server_version"] = build.view().str("version");
    const auto ferret = build.view().str("ferretdbVersion");
    if (!ferret.empty()) out["ferretdb_version"] = ferret;
  } else {
    out["server_version"] = features_.version;
    missing("server_version", error);
  }
  const auto set_name = h.str("setName");
  out["kind"] = mongos                ? "sharded cluster (mongos)"
                : !set_name.empty()   ? "replica set member"
                : !features_.ferretdb_version.empty() ? "FerretDB (MongoDB wire protocol, standalone)"
                                      : "standalone";
  if (!set_name.empty()) {
    out["replica_set"] = json::object{{"name", set_name},
                                      {"me", h.str("me")},
                                      {"primary", h.str("primary")},
                                      {"hosts", json::value_from(h.strings("hosts"))},
                                      {"secondary", h.boolean("secondary")}};
  }

  // Shards and the balancer: only a mongos answers.
  if (mongos) {
    Doc shards;
    if (run(Doc().i32("listShards", 1), true, shards, error)) {
      json::array list;
      for (const auto& shard : shards.view().docs("shards")) {
        const auto s = shard.view();
        list.push_back(json::object{{"id", s.str("_id")},
                                    {"host", s.str("host")},
                                    {"state", s.i64("state", 1)},
                                    {"draining", s.boolean("draining")}});
      }
      out["shards"] = std::move(list);
    } else {
      missing("shards", error, "listShards failed");
    }
    Doc balancer;
    if (run(Doc().i32("balancerStatus", 1), true, balancer, error)) {
      const auto b = balancer.view();
      out["balancer"] = json::object{{"mode", b.str("mode")},
                                     {"in_round", b.boolean("inBalancerRound")},
                                     {"rounds", b.i64("numBalancerRounds")}};
    } else {
      missing("balancer", error, "balancerStatus failed");
    }
  } else {
    out["shards"] = json::array{};
    not_reported("shards", "not connected through mongos: the deployment is not sharded");
    not_reported("balancer", "only a mongos reports it");
  }

  // Replica-set members and their states: replSetGetStatus answers only on a
  // replica-set member (not through mongos, not on a standalone or FerretDB).
  Doc status;
  if (!mongos && run(Doc().i32("replSetGetStatus", 1), true, status, error)) {
    json::array members;
    for (const auto& member : status.view().docs("members")) {
      const auto m = member.view();
      members.push_back(json::object{{"name", m.str("name")},
                                     {"state", m.str("stateStr")},
                                     {"health", m.dbl("health")},
                                     {"uptime_s", m.i64("uptime")},
                                     {"self", m.boolean("self")}});
    }
    out["members"] = std::move(members);
  } else if (mongos) {
    not_reported("members",
                 "replSetGetStatus answers only on a replica-set member, not through mongos; "
                 "each shard's hosts are listed under shards");
  } else {
    missing("members", error, "replSetGetStatus failed");
  }

  // Collections: counts (estimated from metadata, as GET /admin/cluster shows
  // them for every adapter) and, per collection, the count on each shard.
  json::object collections, per_shard_counts;
  bool collstats_failed = false;
  for (const char* name : coll::kReported) {
    auto collection = lease.collection(name);
    const auto estimate = mongoc_collection_estimated_document_count(
        collection.get(), nullptr, pool_.shared_reads(), nullptr, &error);
    collections[name] = estimate >= 0 ? json::value(estimate) : json::value(nullptr);
    if (collstats_failed) continue;
    const auto pipeline = Doc::from_json(R"({"pipeline": [{"$collStats": {"count": {}}}]})");
    Cursor cursor(mongoc_collection_aggregate(collection.get(), MONGOC_QUERY_NONE, pipeline.get(),
                                              nullptr, pool_.shared_reads()),
                  "$collStats");
    json::object per_shard;
    try {
      cursor.for_each([&](View doc) {
        per_shard[doc.str("shard", mongos ? "(shard not named)" : "(this server)")] =
            doc.i64("count");
      });
      per_shard_counts[name] = std::move(per_shard);
    } catch (const std::exception& e) {
      collstats_failed = true;
      list("per_shard_counts", std::string("$collStats failed: ") + e.what(), true);
    }
  }
  out["collections"] = std::move(collections);
  if (!collstats_failed) out["per_shard_counts"] = std::move(per_shard_counts);

  // Actual shard keys from the config database (a mongos, with privileges).
  out["intended_shard_keys"] = intended_shard_keys();
  if (mongos) {
    auto config =
        Collection(mongoc_client_get_collection(cluster_lease.client(), "config", "collections"));
    std::vector<std::string> names;
    for (const char* name : coll::kReported) names.push_back(pool_.database() + "." + name);
    const Doc filter = Doc().doc("_id", Doc().strings("$in", names));
    Cursor cursor(mongoc_collection_find_with_opts(config.get(), filter.get(), nullptr,
                                                   cluster.shared_reads()),
                  "config.collections");
    json::object keys;
    try {
      cursor.for_each([&](View doc) { keys[doc.str("_id")] = json_of(doc.sub("key").view()); });
      out["shard_keys"] = std::move(keys);
    } catch (const std::exception& e) {
      list("shard_keys", std::string("config.collections: ") + e.what(), true);
    }
  }

  out["driver"] = driver_settings_with(lease);
  json::array notes;
  for (const auto& note : features_.notes) notes.push_back(json::value(note));
  out["notes"] = std::move(notes);
  out["unavailable"] = std::move(unavailable);
  out["sharded"] = mongos;
  return out;
}

}  // namespace moviedb::store::mongo
