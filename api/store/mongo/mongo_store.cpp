#include "store/mongo/mongo_store.hpp"

#include <boost/json.hpp>
#include <iostream>

#include "store/mongo/documents.hpp"

namespace moviedb::store::mongo {

namespace json = boost::json;

namespace {

struct IndexSpec {
  IndexSpec(const char* c, const char* n, const char* k, bool u = false,
            std::optional<int> ttl = std::nullopt)
      : collection(c), name(n), keys(k), unique(u), expire_after_seconds(ttl) {}
  const char* collection;
  const char* name;
  const char* keys;  // extended JSON: field order matters
  bool unique;
  std::optional<int> expire_after_seconds;
};

// Every filter and sort of the store has an index; `seq` breaks ties in the
// sort's direction (insertion order, as SQLite's rowid does). Multikey
// indexes cover the search arrays and list fields.
const std::vector<IndexSpec>& index_specs() {
  static const std::vector<IndexSpec> specs{
      // movies: search, facets, filters and every sortable field.
      {coll::kMovies, "title_prefixes", R"({"title_prefixes": 1})"},
      {coll::kMovies, "title_words", R"({"title_words": 1})"},
      {coll::kMovies, "imdb_score_seq", R"({"imdb_score": -1, "seq": -1})"},
      {coll::kMovies, "title_key_seq", R"({"title_key": 1, "seq": 1})"},
      {coll::kMovies, "release_year_seq", R"({"release_year": -1, "seq": -1})"},
      {coll::kMovies, "imdb_votes_seq", R"({"imdb_votes": -1, "seq": -1})"},
      {coll::kMovies, "likes_seq", R"({"likes": -1, "seq": -1})"},
      {coll::kMovies, "dislikes_seq", R"({"dislikes": -1, "seq": -1})"},
      {coll::kMovies, "views_seq", R"({"views": -1, "seq": -1})"},
      {coll::kMovies, "watched_seq", R"({"watched": -1, "seq": -1})"},
      {coll::kMovies, "runtime_seq", R"({"runtime": -1, "seq": -1})"},
      {coll::kMovies, "tmdb_score_seq", R"({"tmdb_score": -1, "seq": -1})"},
      {coll::kMovies, "tmdb_popularity_seq", R"({"tmdb_popularity": -1, "seq": -1})"},
      {coll::kMovies, "created_at_seq", R"({"created_at": -1, "seq": -1})"},
      {coll::kMovies, "updated_at_seq", R"({"updated_at": -1, "seq": -1})"},
      {coll::kMovies, "type_score", R"({"type": 1, "imdb_score": -1, "seq": -1})"},
      {coll::kMovies, "genres_score", R"({"genres": 1, "imdb_score": -1, "seq": -1})"},
      {coll::kMovies, "countries_score",
       R"({"production_countries": 1, "imdb_score": -1, "seq": -1})"},
      {coll::kMovies, "certification_score",
       R"({"age_certification": 1, "imdb_score": -1, "seq": -1})"},
      // person: search and the name order.
      {coll::kPerson, "name_prefixes", R"({"name_prefixes": 1})"},
      {coll::kPerson, "name_words", R"({"name_words": 1})"},
      {coll::kPerson, "name_key_seq", R"({"name_key": 1, "seq": 1})"},
      // credits: unique per (movie, person, role, character), prefixed by the
      // shard key {movie_id}; by person for filmographies and person filters.
      {coll::kCredits, "credit_unique", R"({"movie_id": 1, "person_id": 1, "role": 1, "character": 1})",
       true},
      {coll::kCredits, "movie_order", R"({"movie_id": 1, "role_rank": 1, "seq": 1})"},
      {coll::kCredits, "person_role_movie", R"({"person_id": 1, "role": 1, "movie_id": 1})"},
      // users: case-insensitive unique names through the stored lower-case key.
      {coll::kUsers, "username_key_unique", R"({"username_key": 1})", true},
      {coll::kUsers, "display_name_key", R"({"display_name_key": 1})"},
      {coll::kUsers, "role_username", R"({"role": 1, "username_key": 1})"},
      // sessions: by user; expired ones removed by the TTL monitor.
      {coll::kSessions, "user_id", R"({"user_id": 1})"},
      {coll::kSessions, "expires_at_ttl", R"({"expires_at": 1})", false, 0},
      // user_interactions: unique (user, movie) = the shard key.
      {coll::kInteractions, "user_movie_unique", R"({"user_id": 1, "movie_id": 1})", true},
      {coll::kInteractions, "user_recent", R"({"user_id": 1, "updated_at": -1, "seq": -1})"},
      {coll::kInteractions, "movie_id", R"({"movie_id": 1})"},
      {coll::kInteractions, "recent", R"({"updated_at": -1, "seq": -1})"},
      // audit_log: newest first is _id order; filters.
      {coll::kAudit, "at", R"({"at": -1})"},
      {coll::kAudit, "actor_id", R"({"actor_id": 1})"},
      {coll::kAudit, "actor_username", R"({"actor_username": 1})"},
  };
  return specs;
}

bool create_index(Lease& lease, const IndexSpec& spec, bool with_ttl, bson_error_t& error) {
  Doc index;
  index.doc("key", Doc::from_json(spec.keys)).str("name", spec.name);
  if (spec.unique) index.boolean("unique", true);
  if (with_ttl && spec.expire_after_seconds) {
    index.i32("expireAfterSeconds", *spec.expire_after_seconds);
  }
  Doc command;
  std::vector<Doc> indexes;
  indexes.push_back(std::move(index));
  command.str("createIndexes", spec.collection).docs("indexes", indexes);
  auto collection = lease.collection(spec.collection);
  bson_t reply;
  const bool ok = mongoc_collection_write_command_with_opts(collection.get(), command.get(),
                                                            nullptr, &reply, &error);
  bson_destroy(&reply);
  return ok;
}

void log_warning(const std::string& message) {
  std::cerr << "{\"level\":\"warning\",\"event\":\"mongo_schema\",\"message\":\"" << message
            << "\"}\n";
}

}  // namespace

MongoStore::MongoStore(std::string_view uri, std::size_t workers, int socket_timeout_ms)
    : pool_(uri, workers, socket_timeout_ms) {
  probe_server();
  create_indexes();
}

void MongoStore::probe_server() {
  Lease lease(pool_);
  Doc reply;
  bson_error_t error;
  if (!lease.command(Doc().i32("buildInfo", 1), pool_.primary_reads(), reply, error, true)) {
    throw_driver_error(error, "buildInfo", reply.get());
  }
  const auto info = reply.view();
  features_.version = info.str("version");
  features_.ferretdb_version = info.str("ferretdbVersion");
  if (!features_.ferretdb_version.empty()) {
    // FerretDB 1.x applies update operators as read, modify, write back by
    // _id with no lock in between: serialize writes per document here.
    locks_.enable(true);
    features_.bulk_chunk = 64;
    features_.notes.push_back(
        "FerretDB: updates are not atomic per document; this process serializes its writes "
        "per document (exact within one API process); bulk writes go in chunks of 64");
  }
  {
    Session probe(lease, true);
    features_.sessions = probe.get() != nullptr;
  }
  if (!features_.sessions) {
    features_.notes.push_back("no logical sessions: reads are not causally chained");
  }
}

void MongoStore::create_indexes() {
  Lease lease(pool_);
  for (const auto& spec : index_specs()) {
    bson_error_t error;
    if (create_index(lease, spec, true, error)) continue;
    if (spec.expire_after_seconds && is_unsupported(error)) {
      // FerretDB 1.x: "Index option expireAfterSeconds is not implemented".
      // Keep the index for the range query that removes expired sessions.
      features_.ttl_indexes = false;
      features_.notes.push_back(
          "no TTL indexes: expired sessions are removed when sessions are written");
      if (create_index(lease, spec, false, error)) continue;
    }
    if (error.domain == MONGOC_ERROR_SERVER && (error.code == 85 || error.code == 86)) {
      // An index of that name or keys exists with other options (created by
      // hand or an older version): leave it, say so.
      log_warning(std::string("index ") + spec.collection + "." + spec.name + ": " + error.message);
      features_.notes.push_back(std::string("index ") + spec.collection + "." + spec.name +
                                " differs from the expected one: " + error.message);
      continue;
    }
    throw_driver_error(error, std::string("createIndexes on ") + spec.collection);
  }
}

void MongoStore::ping() {
  Lease lease(pool_);
  Doc reply;
  bson_error_t error;
  // Any reachable member will do: reads keep working on secondaries.
  if (!lease.command(Doc().i32("ping", 1), pool_.shared_reads(), reply, error, true)) {
    throw_driver_error(error, "ping", reply.get());
  }
}

void MongoStore::attach_monitor(std::string_view uri) {
  // One client is enough: GET /admin/cluster holds it for one answer at a time.
  monitor_ = std::make_unique<ClientPool>(uri, 1);
}

std::optional<std::string> MongoStore::write_outage() {
  Lease lease(pool_);
  // The driver's monitors keep the topology current: a writable server is a
  // primary, a mongos, a standalone or a load balancer (SDAM server types).
  std::size_t n = 0;
  mongoc_server_description_t** servers = mongoc_client_get_server_descriptions(lease.client(), &n);
  bool writable = false;
  for (std::size_t i = 0; i < n; ++i) {
    const std::string_view type = mongoc_server_description_type(servers[i]);
    writable = writable || type == "RSPrimary" || type == "Mongos" || type == "Standalone" ||
               type == "LoadBalancer";
  }
  mongoc_server_descriptions_destroy_all(servers, n);
  if (writable) return std::nullopt;
  return "no primary reachable (an election, or the set has lost its majority): writes get 503 "
         "until one is elected; reads go on from secondaries";
}

json::object MongoStore::driver_settings() {
  Lease lease(pool_);
  return driver_settings_with(lease);
}

json::object MongoStore::driver_settings_with(const Lease& lease) {
  const auto* client = lease.client();
  const auto* uri = mongoc_client_get_uri(client);
  json::object out;
  auto prefs_json = [](const mongoc_read_prefs_t* prefs) {
    json::object p;
    const char* mode = "primary";
    switch (mongoc_read_prefs_get_mode(prefs)) {
      case MONGOC_READ_PRIMARY: mode = "primary"; break;
      case MONGOC_READ_PRIMARY_PREFERRED: mode = "primaryPreferred"; break;
      case MONGOC_READ_SECONDARY: mode = "secondary"; break;
      case MONGOC_READ_SECONDARY_PREFERRED: mode = "secondaryPreferred"; break;
      case MONGOC_READ_NEAREST: mode = "nearest"; break;
    }
    p["mode"] = mode;
    const auto staleness = mongoc_read_prefs_get_max_staleness_seconds(prefs);
    if (staleness > 0) p["max_staleness_seconds"] = staleness;
    const bson_t* tags = mongoc_read_prefs_get_tags(prefs);
    if (tags && !bson_empty(tags)) p["tags"] = View(tags).json();
    return p;
  };
  out["shared_reads"] = prefs_json(pool_.shared_reads());
  out["own_state_reads"] = prefs_json(pool_.primary_reads());
  const auto* concern = mongoc_client_get_write_concern(client);
  json::object w;
  if (mongoc_write_concern_get_wmajority(concern)) {
    w["w"] = "majority";
  } else if (const char* tag = mongoc_write_concern_get_wtag(concern)) {
    w["w"] = tag;
  } else {
    w["w"] = mongoc_write_concern_get_w(concern);
  }
  w["wtimeout_ms"] = mongoc_write_concern_get_wtimeout_int64(concern);
  w["journal"] = mongoc_write_concern_journal_is_set(concern)
                     ? json::value(mongoc_write_concern_get_journal(concern))
                     : json::value(nullptr);
  out["write_concern"] = std::move(w);
  out["retry_writes"] = mongoc_uri_get_option_as_bool(uri, MONGOC_URI_RETRYWRITES, true);
  out["retry_reads"] = mongoc_uri_get_option_as_bool(uri, MONGOC_URI_RETRYREADS, true);
  out["server_selection_timeout_ms"] = mongoc_uri_get_option_as_int32(
      uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, 30000);
  out["connect_timeout_ms"] =
      mongoc_uri_get_option_as_int32(uri, MONGOC_URI_CONNECTTIMEOUTMS, 10000);
  out["socket_timeout_ms"] = mongoc_uri_get_option_as_int32(
      uri, MONGOC_URI_SOCKETTIMEOUTMS, MONGOC_DEFAULT_SOCKETTIMEOUTMS);
  out["max_time_ms"] = pool_.max_time_ms();
  const char* appname = mongoc_uri_get_appname(uri);
  out["appname"] = appname ? appname : "";
  out["pool_max_clients"] = pool_.max_clients();
  out["database"] = pool_.database();
  out["tls"] = mongoc_uri_get_tls(uri);
  out["causal_consistency"] = features_.sessions;
  out["driver"] = std::string("libmongoc ") + mongoc_get_version();
  return out;
}

std::unique_ptr<Store> open_mongo_store(std::string_view uri, std::size_t workers,
                                        Workload workload) {
  return std::make_unique<MongoStore>(uri, workers,
                                      workload == Workload::batch
                                          ? DriverDefaults::kBatchSocketTimeoutMs
                                          : DriverDefaults::kSocketTimeoutMs);
}

}  // namespace moviedb::store::mongo
