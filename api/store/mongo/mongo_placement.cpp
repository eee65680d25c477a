// GET /admin/cluster/placement and /admin/cluster/placement/{collection}/{id}
// on MongoDB: where the data lives, from the cluster's own catalogue (config.*
// read through mongos, with the monitoring connection when there is one).
// A catalogue collection the user may not read is listed under "unavailable"
// with the reason, and the rest still answers.
#include <boost/json.hpp>
#include <functional>
#include <optional>

#include "store/mongo/documents.hpp"
#include "store/mongo/mongo_store.hpp"
#include "store/mongo/shard_key.hpp"

namespace moviedb::store::mongo {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxRanges = 1000;  // per collection in one answer
constexpr const char* kNotThroughMongos =
    "not connected through mongos: one replica set (or server) holds every document";

// Reads config.* through one lease, collecting what it could not read.
class Catalogue {
 public:
  Catalogue(const Lease& lease, const mongoc_read_prefs_t* prefs, bool own_connection)
      : lease_(lease), prefs_(prefs), own_connection_(own_connection) {}

  // Whether the connection is a mongos (only a mongos has a catalogue to read).
  bool through_mongos() const {
    Doc hello;
    bson_error_t error;
    if (!lease_.command(Doc().i32("hello", 1), prefs_, hello, error, true)) {
      throw_driver_error(error, "hello", hello.get());
    }
    return hello.view().str("msg") == "isdbgrid";
  }

  bool read(const char* name, const Doc& filter, const std::function<void(View)>& each,
            const Doc& options = Doc()) {
    auto config = Collection(mongoc_client_get_collection(lease_.client(), "config", name));
    Cursor cursor(
        mongoc_collection_find_with_opts(config.get(), filter.get(), options.get(), prefs_),
        std::string("config.") + name);
    try {
      cursor.for_each(each);
      return true;
    } catch (const std::exception& e) {
      incomplete_ = true;
      unavailable_.push_back(json::object{
          {"what", std::string("config.") + name},
          {"reason", std::string(e.what()) + (own_connection_ ? "" : " (--monitor-store)")},
          {"failed", true}});
      return false;
    }
  }

  std::string primary_shard(const std::string& database) {
    std::string primary;
    read("databases", Doc().str("_id", database), [&](View d) { primary = d.str("primary"); });
    return primary;
  }

  // The config.collections entry of a sharded collection; nullopt when unsharded.
  std::optional<Doc> sharded(const std::string& ns) {
    std::optional<Doc> entry;
    read("collections", Doc().str("_id", ns), [&](View c) { entry = Doc::copy_of(c.get()); });
    return entry;
  }

  // Each chunk of a collection in key order. MongoDB 5.0+ names the
  // collection by `uuid`, older ones by `ns` (config.chunks in the manual).
  bool chunks(View collection, const std::string& ns, const std::function<void(View)>& each) {
    Doc filter;
    bson_iter_t uuid;
    if (bson_iter_init_find(&uuid, collection.get(), "uuid")) {
      filter.value("uuid", *bson_iter_value(&uuid));
    } else {
      filter.str("ns", ns);
    }
    return read("chunks", filter, each, Doc().doc("sort", Doc().i32("min", 1)));
  }

  // Whether some read failed, so an absent entry proves nothing.
  bool incomplete() const { return incomplete_; }
  json::array take_unavailable() { return std::move(unavailable_); }

 private:
  const Lease& lease_;
  const mongoc_read_prefs_t* prefs_;
  bool own_connection_;
  bool incomplete_ = false;
  json::array unavailable_;
};

json::object chunk_json(View chunk) {
  return {{"shard", chunk.str("shard")},
          {"min", json_of(chunk.sub("min").view())},
          {"max", json_of(chunk.sub("max").view())},
          {"jumbo", chunk.boolean("jumbo")}};
}

json::object chunk_summary(Catalogue& catalogue, View collection, const std::string& ns) {
  json::object per_shard;
  json::array ranges;
  std::int64_t jumbo = 0, total = 0;
  catalogue.chunks(collection, ns, [&](View chunk) {
    const auto shard = chunk.str("shard");
    per_shard[shard] = (per_shard.contains(shard) ? per_shard[shard].as_int64() : 0) + 1;
    jumbo += chunk.boolean("jumbo") ? 1 : 0;
    if (++total <= static_cast<std::int64_t>(kMaxRanges)) ranges.push_back(chunk_json(chunk));
  });
  return {{"chunks", total},
          {"chunks_per_shard", std::move(per_shard)},
          {"jumbo_chunks", jumbo},
          {"ranges", std::move(ranges)},
          {"ranges_shown", std::min<std::int64_t>(total, kMaxRanges)}};
}

// Where the document with shard-key source `document` lives in `ns`: the
// chunk whose [min, max) holds its key, as mongos would route it.
json::object place(Catalogue& catalogue, const std::string& ns, View document,
                   const std::string& primary_shard) {
  const auto entry = catalogue.sharded(ns);
  if (!entry && catalogue.incomplete()) {
    return {{"sharded", nullptr}, {"shard", nullptr}, {"note", "the catalogue could not be read"}};
  }
  if (!entry) {
    return {{"sharded", false},
            {"shard", primary_shard},
            {"note", "unsharded: on the database's primary shard"}};
  }
  const auto pattern = entry->view().sub("key");
  const auto key = shard_key_of(document, pattern.view());
  json::object out{{"sharded", true},
                   {"shard_key", json_of(pattern.view())},
                   {"key", json_of(key.view())},
                   {"shard", nullptr}};
  catalogue.chunks(entry->view(), ns, [&](View chunk) {
    if (!out["shard"].is_null()) return;
    if (chunk_holds(key.view(), chunk.sub("min").view(), chunk.sub("max").view())) {
      out["shard"] = chunk.str("shard");
      out["chunk"] = chunk_json(chunk);
    }
  });
  return out;
}

const char* collection_of(Placed placed) {
  switch (placed) {
    case Placed::movies:
      return coll::kMovies;
    case Placed::people:
      return coll::kPerson;
    case Placed::users:
      return coll::kUsers;
  }
  return coll::kMovies;
}

}  // namespace

json::object MongoStore::placement() {
  ClientPool& cluster = monitor_ ? *monitor_ : pool_;
  Lease lease(cluster);
  Catalogue catalogue(lease, cluster.shared_reads(), monitor_ != nullptr);
  json::object out{{"adapter", "mongodb"}};
  if (!catalogue.through_mongos()) {
    out["sharded"] = false;
    out["note"] = kNotThroughMongos;
    out["shards"] = json::array{};
    out["collections"] = json::array{};
    return out;
  }
  out["sharded"] = true;
  json::array shards;
  catalogue.read("shards", Doc(), [&](View s) {
    shards.push_back(json::object{{"id", s.str("_id")}, {"host", s.str("host")}});
  });
  out["shards"] = std::move(shards);
  const auto primary_shard = catalogue.primary_shard(pool_.database());
  out["database"] = json::object{{"name", pool_.database()}, {"primary_shard", primary_shard}};
  // The balancer's switch and window (config.settings, _id "balancer"; absent
  // until someone changes the defaults: running, any time).
  json::object balancer{{"stopped", false}, {"active_window", nullptr}};
  catalogue.read("settings", Doc().str("_id", "balancer"), [&](View b) {
    // As the config servers read it (BalancerSettingsType::fromBSON,
    // src/mongo/s/balancer_configuration.cpp): a true `stopped`, or a mode
    // other than "full" (7.0 turns the balancer off for a mode it does not know).
    const auto mode = b.opt_str("mode");
    balancer["stopped"] = b.boolean("stopped") || (mode && *mode != "full");
    if (b.has("activeWindow")) balancer["active_window"] = json_of(b.sub("activeWindow").view());
  });
  out["balancer"] = std::move(balancer);

  json::array collections;
  for (const char* name : coll::kReported) {
    const auto ns = pool_.database() + "." + name;
    json::object entry{{"collection", name}, {"namespace", ns}};
    const auto sharded = catalogue.sharded(ns);
    entry["sharded"] = sharded.has_value();
    if (!sharded) {
      entry["shard"] = primary_shard;  // unsharded: all on the database's primary shard
    } else {
      entry["shard_key"] = json_of(sharded->view().sub("key").view());
      for (auto& [key, value] : chunk_summary(catalogue, sharded->view(), ns)) {
        entry[key] = std::move(value);
      }
    }
    collections.push_back(std::move(entry));
  }
  out["collections"] = std::move(collections);
  out["unavailable"] = catalogue.take_unavailable();
  return out;
}

std::optional<json::object> MongoStore::locate(Placed placed, const std::string& id) {
  const char* name = collection_of(placed);
  std::optional<Doc> document;
  {
    auto u = unit(Reads::shared);  // released before the catalogue takes a client
    document = u.find_one(name, Doc().str("_id", id));
  }
  if (!document) return std::nullopt;
  ClientPool& cluster = monitor_ ? *monitor_ : pool_;
  Lease lease(cluster);
  Catalogue catalogue(lease, cluster.shared_reads(), monitor_ != nullptr);
  json::object out{{"adapter", "mongodb"}};
  if (!catalogue.through_mongos()) {
    out["sharded"] = false;
    out["shard"] = nullptr;
    out["note"] = kNotThroughMongos;
    return out;
  }
  const auto primary_shard = catalogue.primary_shard(pool_.database());
  for (auto& [key, value] :
       place(catalogue, pool_.database() + "." + name, document->view(), primary_shard)) {
    out[key] = std::move(value);
  }
  // A title's credits are sharded by movie_id: all of them sit in the one
  // chunk that holds that value, so the page's second read goes there.
  if (placed == Placed::movies) {
    out["credits"] = place(catalogue, pool_.database() + "." + coll::kCredits,
                           Doc().str("movie_id", id).view(), primary_shard);
  }
  out["unavailable"] = catalogue.take_unavailable();
  return out;
}

}  // namespace moviedb::store::mongo
