#pragma once
// One unit of work against MongoDB: a client leased from the pool, a causally
// consistent session on it and the collections it touches, all released in
// the right order (collections, session, client) when the unit ends.
//
// Routing: a unit is either `Reads::primary` (a user's own state, anything a
// write must see) or `Reads::shared` (the catalog: the URI's read preference,
// secondaryPreferred by default). Writes always go to the primary whatever
// the unit, with the pool's write concern (majority + wtimeout).
//
// Read-your-own-writes: every session is causally consistent and starts at
// the newest operation time this process has seen acknowledged (CausalClock),
// so a secondary read waits until that secondary has applied every write this
// process acknowledged. On top of that, a user's own documents (account,
// sessions, interactions) are read from the primary, which holds across API
// processes as well. See README.md, "Reading your own writes".
#include <array>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "store/mongo/driver.hpp"

namespace moviedb::store::mongo {

enum class Reads { primary, shared };

// The newest cluster time and operation time seen by this process (empty on
// servers that report none, such as a standalone or FerretDB).
class CausalClock {
 public:
  void advance_session(mongoc_client_session_t* session) const;
  void observe(mongoc_client_session_t* session);

 private:
  mutable std::mutex mutex_;
  std::optional<Doc> cluster_time_;
  std::uint32_t op_t_ = 0, op_i_ = 0;
};

// Per-document mutual exclusion inside this process, switched on only for
// servers whose update operators are not atomic per document (FerretDB 1.x
// reads, modifies and rewrites a document without a lock, so two concurrent
// $inc on one document can lose one). On MongoDB it is off: the server's
// document-level atomicity is what keeps counters exact.
class KeyLocks {
 public:
  class Guard {
   public:
    Guard() = default;
    explicit Guard(std::vector<std::mutex*> held) : held_(std::move(held)) {}
    Guard(Guard&& other) noexcept : held_(std::move(other.held_)) { other.held_.clear(); }
    Guard& operator=(Guard&&) = delete;
    ~Guard() {
      for (auto it = held_.rbegin(); it != held_.rend(); ++it) (*it)->unlock();
    }

   private:
    std::vector<std::mutex*> held_;
  };

  void enable(bool on) { enabled_ = on; }
  bool enabled() const { return enabled_; }
  Guard hold(std::string_view collection, std::string_view key);
  Guard hold_all(std::string_view collection, const std::vector<std::string>& keys);

 private:
  static constexpr std::size_t kStripes = 256;
  std::size_t stripe(std::string_view collection, std::string_view key) const;
  bool enabled_ = false;
  std::array<std::mutex, kStripes> stripes_;
};

struct UpdateCounts {
  std::int64_t matched = 0;
  std::int64_t modified = 0;
  std::int64_t upserted = 0;
};

class Unit {
 public:
  // `bulk_chunk`: operations per bulk write command.
  Unit(ClientPool& pool, CausalClock& clock, Reads reads, std::size_t bulk_chunk = 500);
  ~Unit();
  Unit(const Unit&) = delete;
  Unit& operator=(const Unit&) = delete;

  mongoc_collection_t* collection(const char* name);
  const mongoc_read_prefs_t* read_prefs() const { return prefs_; }
  const Lease& lease() const { return lease_; }
  std::size_t bulk_chunk() const { return bulk_chunk_; }
  Doc options(bool read) const { return op_options(&session_, read ? pool_.max_time_ms() : 0); }

  // --- reads (with the unit's read preference)
  // `options` may hold projection, sort, skip and limit.
  Cursor find(const char* coll, const Doc& filter, Doc options = Doc());
  std::optional<Doc> find_one(const char* coll, const Doc& filter, const Doc& projection = Doc());
  // At most `limit` when given (countDocuments' `limit`: the server stops
  // counting there).
  std::int64_t count(const char* coll, const Doc& filter,
                     std::optional<std::int64_t> limit = std::nullopt);
  std::vector<std::string> distinct(const char* coll, const char* key, const Doc& filter);
  Cursor aggregate(const char* coll, const Doc& pipeline);

  // --- writes (primary, the pool's write concern, retryable)
  void insert_one(const char* coll, const Doc& document);  // StoreConflict on a duplicate key
  UpdateCounts update_one(const char* coll, const Doc& filter, const Doc& update, bool upsert);
  std::int64_t update_many(const char* coll, const Doc& filter, const Doc& update);
  std::int64_t delete_one(const char* coll, const Doc& filter);
  std::int64_t delete_many(const char* coll, const Doc& filter);
  // The whole document after (return_new) or before the update; nullopt when
  // none matched (or, with return_new == false, when the upsert inserted it).
  // No projection: FerretDB 1.x does not implement findAndModify's `fields`.
  std::optional<Doc> find_and_modify(const char* coll, const Doc& filter, const Doc& update,
                                     bool upsert, bool return_new);
  std::optional<Doc> find_and_remove(const char* coll, const Doc& filter);

  // Unordered bulk writes, sent in chunks of bulk_chunk() operations (each
  // chunk one round trip well inside the socket timeout). With
  // `tolerate_duplicates`, duplicate-key errors are counted, not thrown.
  class Bulk {
   public:
    Bulk(Unit& unit, const char* coll, bool tolerate_duplicates = false);
    ~Bulk();
    Bulk(const Bulk&) = delete;
    Bulk& operator=(const Bulk&) = delete;
    void update_one(const Doc& filter, const Doc& update, bool upsert);
    void insert(const Doc& document);
    void delete_many(const Doc& filter);
    struct Result {
      std::int64_t inserted = 0, matched = 0, modified = 0, upserted = 0, deleted = 0;
      std::int64_t duplicates = 0;
    };
    Result execute();  // sends what is left; the totals of every chunk

   private:
    void added();
    void send();
    Unit& unit_;
    const char* coll_;
    bool tolerate_duplicates_;
    std::size_t chunk_;
    mongoc_bulk_operation_t* bulk_ = nullptr;
    std::size_t pending_ = 0;
    Result total_;
  };

 private:
  ClientPool& pool_;
  CausalClock& clock_;
  const mongoc_read_prefs_t* prefs_;
  std::size_t bulk_chunk_;
  Lease lease_;
  Session session_;
  std::map<std::string, Collection, std::less<>> collections_;  // destroyed first
};

}  // namespace moviedb::store::mongo
