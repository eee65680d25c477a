#pragma once
// The storage interface every adapter implements (embedded SQLite, MongoDB).
//
// Thread-safety: every method may be called concurrently from the worker pool.
// Errors: StoreUnavailable when the backing store cannot be reached (→ 503);
// StoreConflict for a duplicate key or a stale version (→ 409). "Not found" is
// an empty optional or `false`, never an exception. Adapters never let driver
// types, SQL or BSON escape their folder.
#include <boost/json/object.hpp>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "domain/audit.hpp"
#include "domain/movie_query.hpp"
#include "domain/page.hpp"
#include "domain/stats.hpp"
#include "json_text/movie_json.hpp"
#include "store/records.hpp"

namespace moviedb::store {

class StoreUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class StoreConflict : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// update_user/delete_user refuse a change that would leave no enabled
// superadmin. The store checks and writes as one step, so two superadmins
// demoting each other at once cannot both succeed.
class LastSuperadmin : public StoreConflict {
 public:
  LastSuperadmin() : StoreConflict("this is the last enabled superadmin") {}
};

// The collections whose documents an admin can ask the placement of, by the
// ids the API shows them.
enum class Placed { movies, people, users };

class Store {
 public:
  virtual ~Store() = default;

  // --- the store itself
  virtual std::string_view adapter() const = 0;  // "sqlite" or "mongodb"
  virtual void ping() = 0;                       // one round trip, or StoreUnavailable
  // Why a write would fail now, from what the store already knows (no round
  // trip); nullopt when it would not. Reads may still work (a replica set
  // between primaries).
  virtual std::optional<std::string> write_outage() { return std::nullopt; }
  // A read is a lookup in a file on this machine, never a wait on the
  // network: a point read may run on the thread that serves the connection.
  virtual bool reads_locally() const { return false; }
  // A second connection, with a monitoring role, that only topology() uses
  // (the application's own user may not read the cluster's catalogue).
  // Throws std::invalid_argument where the store has no such thing.
  virtual void attach_monitor(std::string_view uri) {
    throw std::invalid_argument("--monitor-store applies to a MongoDB store only (" +
                                std::string(uri.substr(0, uri.find(':'))) + " given)");
  }
  virtual boost::json::object topology() = 0;    // facts for GET /admin/cluster
  // Where the data lives (GET /admin/cluster/placement): one node unless the
  // store is sharded.
  virtual boost::json::object placement() = 0;
  // Where one document lives (GET /admin/cluster/placement/{collection}/{id}):
  // its shard and chunk when its collection is sharded; nullopt when there is
  // no such document.
  virtual std::optional<boost::json::object> locate(Placed collection, const std::string& id) = 0;

  // --- movies; counters and timestamps are the store's to maintain
  virtual std::optional<domain::Movie> find_movie(const std::string& id) = 0;
  // One title and its credits; a store that can read both at once does.
  virtual std::optional<MovieDetail> find_movie_detail(const std::string& id) {
    auto movie = find_movie(id);
    if (!movie) return std::nullopt;
    return MovieDetail{std::move(*movie), json_text::credits_json(credits_of(id))};
  }
  virtual std::vector<domain::Movie> find_movies(const std::vector<std::string>& ids) = 0;
  virtual domain::Page<domain::Movie> search_movies(const domain::MovieQuery& query) = 0;
  virtual std::int64_t count_movies(const domain::MovieQuery& query) = 0;
  // Ids matching `query`, ignoring its paging; at most `limit`.
  virtual std::vector<std::string> movie_ids(const domain::MovieQuery& query,
                                             std::int64_t limit) = 0;
  // Sets created_at/updated_at/version 1; StoreConflict when the id exists.
  virtual domain::Movie insert_movie(const domain::Movie& movie) = 0;
  // Replaces the editable fields when the stored version is `expected_version`
  // (StoreConflict otherwise); nullopt when the movie does not exist.
  virtual std::optional<domain::Movie> update_movie(const domain::Movie& movie,
                                                    std::int64_t expected_version) = 0;
  // Removes the movies with their credits and interactions; how many existed.
  virtual std::int64_t delete_movies(const std::vector<std::string>& ids) = 0;
  // Import: inserts or replaces by id (keeping counters); `dry_run` only counts.
  virtual UpsertCounts upsert_movies(const std::vector<MovieWithCredits>& batch, bool dry_run) = 0;
  // Which of `ids` name stored movies (imports check credits against it).
  virtual std::vector<std::string> existing_movie_ids(const std::vector<std::string>& ids) = 0;
  virtual std::vector<domain::GenreCount> genres() = 0;
  // A bulk import starts / has ended (BulkLoad brackets one). A store may get
  // ready for it: the embedded one, when it holds no title yet, drops the
  // indexes that only serve sorting and rebuilds them at the end.
  virtual void begin_bulk_load() {}
  virtual void end_bulk_load() {}
  // A number that moves on whenever movies or credits change (and, with
  // `with_counters`, their interaction counters), after the change is
  // committed. Answers built from movies may be reused while it stays put.
  // nullopt when the adapter cannot see every writer (no reuse then).
  virtual std::optional<std::uint64_t> movies_version(bool with_counters) {
    (void)with_counters;
    return std::nullopt;
  }

  // --- people and credits
  virtual std::vector<domain::Credit> credits_of(const std::string& movie_id) = 0;
  virtual void replace_credits(const std::string& movie_id,
                               const std::vector<domain::Credit>& credits) = 0;
  // Adds credits (and their people) not yet stored; how many were new. The
  // movies must exist. `dry_run` only counts.
  virtual std::int64_t add_credits(const std::vector<domain::Credit>& credits, bool dry_run) = 0;
  virtual domain::Page<domain::Person> search_people(const std::string& q, std::int64_t page,
                                                     std::int64_t page_size) = 0;
  virtual std::optional<domain::Person> find_person(const std::string& id) = 0;
  virtual std::vector<domain::Credit> filmography(const std::string& person_id) = 0;

  // --- users (usernames are unique case-insensitively) and sessions
  virtual void insert_user(const UserRecord& user) = 0;  // StoreConflict on a taken name
  virtual std::optional<UserRecord> find_user(const std::string& id) = 0;
  virtual std::optional<UserRecord> find_user_by_name(const std::string& username) = 0;
  virtual domain::Page<domain::User> list_users(const UserQuery& query) = 0;
  // Both throw LastSuperadmin rather than leave no enabled superadmin.
  virtual std::optional<domain::User> update_user(const std::string& id,
                                                  const UserPatch& patch) = 0;
  virtual bool delete_user(const std::string& id) = 0;  // with sessions and interactions
  virtual std::int64_t count_users(std::optional<domain::Role> role, bool enabled_only) = 0;
  virtual void insert_session(const SessionRecord& session) = 0;
  virtual std::optional<SessionRecord> find_session(const std::string& id) = 0;
  virtual void delete_session(const std::string& id) = 0;
  virtual void delete_sessions_of(const std::string& user_id) = 0;

  // --- interactions; movie counters change in the same atomic step; nullopt
  // when the movie does not exist
  virtual std::optional<domain::Interaction> find_interaction(const std::string& user_id,
                                                              const std::string& movie_id) = 0;
  virtual std::optional<InteractionResult> set_reaction(
      const std::string& user_id, const std::string& movie_id,
      std::optional<domain::Reaction> reaction) = 0;
  virtual std::optional<InteractionResult> set_watched(const std::string& user_id,
                                                       const std::string& movie_id,
                                                       bool watched) = 0;
  virtual std::optional<InteractionResult> record_view(const std::string& user_id,
                                                       const std::string& movie_id) = 0;
  virtual domain::Page<domain::Interaction> list_interactions(const InteractionQuery& query) = 0;

  // --- audit and statistics
  virtual void append_audit(const domain::AuditEntry& entry) = 0;
  virtual domain::Page<domain::AuditEntry> list_audit(const AuditQuery& query) = 0;
  virtual domain::Stats stats() = 0;
};

// Brackets a bulk import; the end also runs when the import throws. (Should
// it fail, the embedded store rebuilds its indexes when next opened.)
class BulkLoad {
 public:
  explicit BulkLoad(Store& store) : store_(store) { store_.begin_bulk_load(); }
  ~BulkLoad() {
    try {
      store_.end_bulk_load();
    } catch (...) {  // see above
    }
  }
  BulkLoad(const BulkLoad&) = delete;
  BulkLoad& operator=(const BulkLoad&) = delete;

 private:
  Store& store_;
};

// What the store is opened for. A server answers requests within a deadline,
// so one slow store call must fail fast; a batch job (the import command) has
// no deadline and would rather wait out a slow store than lose its run.
enum class Workload { requests, batch };

// Opens the store a --store URI names (`sqlite:PATH` or `mongodb://…`), sized
// for `workers` concurrent callers. Throws std::invalid_argument for a URI no
// adapter understands, StoreUnavailable when the store cannot be opened.
std::unique_ptr<Store> open_store(std::string_view uri, std::size_t workers,
                                  Workload workload = Workload::requests);

}  // namespace moviedb::store
