#pragma once
// The MongoDB adapter (libmongoc 1.23). Methods are spread over files by
// collection, like the SQLite adapter: mongo_movies.cpp, mongo_people.cpp,
// mongo_users.cpp, mongo_interactions.cpp, mongo_audit_stats.cpp and
// mongo_topology.cpp; this header is the one class they implement.
//
// Thread-safety: every method may run concurrently; each call leases its own
// client from the pool (sized to the worker pool) for its duration.
// Shard keys (production): movies hashed on _id, user_interactions
// {user_id, movie_id}, credits {movie_id}; every upsert filter carries the
// full shard key of its collection, and each query says whether it is
// targeted or scatter-gather.
#include <boost/json/object.hpp>
#include <string>

#include "store/mongo/driver.hpp"
#include "store/mongo/unit.hpp"
#include "store/store.hpp"

namespace moviedb::store::mongo {

// What the connected server turned out to support (probed at start-up).
struct ServerFeatures {
  std::string version;          // buildInfo.version
  std::string ferretdb_version;  // set when the server is FerretDB
  bool ttl_indexes = true;       // FerretDB 1.x rejects expireAfterSeconds
  bool sessions = true;          // logical sessions (causal consistency)
  // Operations per bulk write command. FerretDB 1.24 never answers an update
  // command of 100 or more updates that match existing documents (each keeps
  // a SQLite cursor open until the command ends), so it gets small chunks.
  std::size_t bulk_chunk = 500;
  std::vector<std::string> notes;
};

class MongoStore final : public Store {
 public:
  // Connects, probes the server and creates the collections' indexes
  // (idempotently). Throws std::invalid_argument for a bad URI and
  // StoreUnavailable when no server answers within the selection timeout.
  // `socket_timeout_ms` applies unless the URI sets socketTimeoutMS.
  MongoStore(std::string_view uri, std::size_t workers,
             int socket_timeout_ms = DriverDefaults::kSocketTimeoutMs);

  std::string_view adapter() const override { return "mongodb"; }
  void ping() override;
  std::optional<std::string> write_outage() override;
  void attach_monitor(std::string_view uri) override;
  boost::json::object topology() override;
  boost::json::object placement() override;
  std::optional<boost::json::object> locate(Placed collection, const std::string& id) override;

  std::optional<domain::Movie> find_movie(const std::string& id) override;
  std::vector<domain::Movie> find_movies(const std::vector<std::string>& ids) override;
  domain::Page<domain::Movie> search_movies(const domain::MovieQuery& query) override;
  std::int64_t count_movies(const domain::MovieQuery& query) override;
  std::vector<std::string> movie_ids(const domain::MovieQuery& query, std::int64_t limit) override;
  domain::Movie insert_movie(const domain::Movie& movie) override;
  std::optional<domain::Movie> update_movie(const domain::Movie& movie,
                                            std::int64_t expected_version) override;
  std::int64_t delete_movies(const std::vector<std::string>& ids) override;
  UpsertCounts upsert_movies(const std::vector<MovieWithCredits>& batch, bool dry_run) override;
  std::vector<std::string> existing_movie_ids(const std::vector<std::string>& ids) override;
  std::vector<domain::GenreCount> genres() override;

  std::vector<domain::Credit> credits_of(const std::string& movie_id) override;
  void replace_credits(const std::string& movie_id,
                       const std::vector<domain::Credit>& credits) override;
  std::int64_t add_credits(const std::vector<domain::Credit>& credits, bool dry_run) override;
  domain::Page<domain::Person> search_people(const std::string& q, std::int64_t page,
                                             std::int64_t page_size) override;
  std::optional<domain::Person> find_person(const std::string& id) override;
  std::vector<domain::Credit> filmography(const std::string& person_id) override;

  void insert_user(const UserRecord& user) override;
  std::optional<UserRecord> find_user(const std::string& id) override;
  std::optional<UserRecord> find_user_by_name(const std::string& username) override;
  domain::Page<domain::User> list_users(const UserQuery& query) override;
  std::optional<domain::User> update_user(const std::string& id, const UserPatch& patch) override;
  bool delete_user(const std::string& id) override;
  std::int64_t count_users(std::optional<domain::Role> role, bool enabled_only) override;
  void insert_session(const SessionRecord& session) override;
  std::optional<SessionRecord> find_session(const std::string& id) override;
  void delete_session(const std::string& id) override;
  void delete_sessions_of(const std::string& user_id) override;

  std::optional<domain::Interaction> find_interaction(const std::string& user_id,
                                                      const std::string& movie_id) override;
  std::optional<InteractionResult> set_reaction(const std::string& user_id,
                                                const std::string& movie_id,
                                                std::optional<domain::Reaction> reaction) override;
  std::optional<InteractionResult> set_watched(const std::string& user_id,
                                               const std::string& movie_id, bool watched) override;
  std::optional<InteractionResult> record_view(const std::string& user_id,
                                               const std::string& movie_id) override;
  domain::Page<domain::Interaction> list_interactions(const InteractionQuery& query) override;

  void append_audit(const domain::AuditEntry& entry) override;
  domain::Page<domain::AuditEntry> list_audit(const AuditQuery& query) override;
  domain::Stats stats() override;

  // For tests and GET /admin/cluster: the pool and what the server supports.
  ClientPool& pool() { return pool_; }
  const ServerFeatures& features() const { return features_; }
  // The driver settings in force, read back from the driver's own objects.
  boost::json::object driver_settings();

 private:
  Unit unit(Reads reads) { return Unit(pool_, clock_, reads, features_.bulk_chunk); }
  void probe_server();
  boost::json::object driver_settings_with(const Lease& lease);
  std::vector<std::string> excluded_by(const domain::MovieQuery& query);
  void create_indexes();
  std::optional<InteractionResult> change_interaction(
      const std::string& user_id, const std::string& movie_id,
      const std::function<void(domain::Interaction&)>& mutate);
  Doc interaction_filter(const std::string& user_id, const std::string& movie_id) const;
  void write_credits(Unit& unit, const std::vector<domain::Credit>& credits,
                     std::int64_t* fresh);

  ClientPool pool_;
  std::unique_ptr<ClientPool> monitor_;  // --monitor-store: cluster facts only
  CausalClock clock_;
  KeyLocks locks_;
  ServerFeatures features_;
};

}  // namespace moviedb::store::mongo
