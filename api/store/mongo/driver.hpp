#pragma once
// The libmongoc pieces the adapter uses, each behind a small owner:
//   ClientPool  one mongoc_client_pool_t per store, sized to the worker pool;
//               the URI's options are completed with the adapter's defaults.
//   Lease       a client popped from the pool for one unit of work and always
//               pushed back (RAII), with the collections it hands out.
//   Session     a client session on the leased client (ended before the lease).
//   Cursor      owns a mongoc_cursor_t; checks mongoc_cursor_error after the loop.
// Driver errors become StoreUnavailable / StoreConflict / runtime_error in
// throw_driver_error, the one place that reads bson_error_t.
#include <mongoc/mongoc.h>

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "store/mongo/bson.hpp"

namespace moviedb::store::mongo {

// What the adapter applies when the URI does not say (all overridable in it).
struct DriverDefaults {
  static constexpr int kServerSelectionTimeoutMs = 2500;  // well below the 10 s request deadline
  static constexpr int kConnectTimeoutMs = 2000;
  static constexpr int kSocketTimeoutMs = 5000;
  // The import command: one bulk command of 500 upserts may take longer than a
  // request may on a loaded server, and a socket timeout there fails the run.
  static constexpr int kBatchSocketTimeoutMs = 300000;
  static constexpr int kWriteConcernTimeoutMs = 5000;  // w: majority, wtimeout
  static constexpr const char* kAppName = "moviedb-api";
  static constexpr const char* kDatabase = "moviedb";
};

// Throws the store exception that fits a driver error (never returns).
[[noreturn]] void throw_driver_error(const bson_error_t& error, std::string_view context,
                                     const bson_t* reply = nullptr);
bool is_duplicate_key(const bson_error_t& error);
// A command the server does not have or does not allow (FerretDB, mongod
// without sharding, missing privileges): callers degrade instead of failing.
bool is_unsupported(const bson_error_t& error);

struct CollectionFree {
  void operator()(mongoc_collection_t* c) const { mongoc_collection_destroy(c); }
};
using Collection = std::unique_ptr<mongoc_collection_t, CollectionFree>;

struct ReadPrefsFree {
  void operator()(mongoc_read_prefs_t* p) const { mongoc_read_prefs_destroy(p); }
};
using ReadPrefs = std::unique_ptr<mongoc_read_prefs_t, ReadPrefsFree>;

class Cursor {
 public:
  Cursor(mongoc_cursor_t* cursor, std::string context)
      : cursor_(cursor), context_(std::move(context)) {}
  // Calls `each` for every document, then throws if the cursor failed.
  void for_each(const std::function<void(View)>& each);
  // The first document, copied, or nullopt.
  std::optional<Doc> first();

 private:
  struct Free {
    void operator()(mongoc_cursor_t* c) const { mongoc_cursor_destroy(c); }
  };
  std::unique_ptr<mongoc_cursor_t, Free> cursor_;
  std::string context_;
};

class ClientPool;

class Lease {
 public:
  explicit Lease(ClientPool& pool);
  ~Lease();
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;

  mongoc_client_t* client() const { return client_; }
  Collection collection(std::string_view name) const;
  // Runs a command on the store's database (or `admin`); false with `error`
  // set when it failed, the reply in `reply` either way.
  bool command(const Doc& command, const mongoc_read_prefs_t* prefs, Doc& reply,
               bson_error_t& error, bool admin = false) const;

 private:
  ClientPool& pool_;
  mongoc_client_t* client_;
};

class ClientPool {
 public:
  // Throws std::invalid_argument for a URI libmongoc rejects.
  ClientPool(std::string_view uri, std::size_t max_clients,
             int socket_timeout_ms = DriverDefaults::kSocketTimeoutMs);
  ~ClientPool();
  ClientPool(const ClientPool&) = delete;
  ClientPool& operator=(const ClientPool&) = delete;

  const std::string& database() const { return database_; }
  const mongoc_uri_t* uri() const { return uri_.get(); }
  std::size_t max_clients() const { return max_clients_; }
  // The server-side limit on reads: the socket timeout, so the server stops
  // a read at the moment this client would stop waiting for it.
  int max_time_ms() const { return max_time_ms_; }
  // Reads of shared data: the URI's read preference, secondaryPreferred when
  // it names none. Reads of a user's own state and of what a write must see
  // use primary.
  const mongoc_read_prefs_t* shared_reads() const { return shared_reads_.get(); }
  const mongoc_read_prefs_t* primary_reads() const { return primary_reads_.get(); }

 private:
  friend class Lease;
  struct UriFree {
    void operator()(mongoc_uri_t* u) const { mongoc_uri_destroy(u); }
  };
  struct PoolFree {
    void operator()(mongoc_client_pool_t* p) const { mongoc_client_pool_destroy(p); }
  };
  std::unique_ptr<mongoc_uri_t, UriFree> uri_;
  std::unique_ptr<mongoc_client_pool_t, PoolFree> pool_;
  ReadPrefs shared_reads_;
  ReadPrefs primary_reads_;
  std::string database_;
  std::size_t max_clients_;
  int max_time_ms_ = 0;
};

// A client session on a leased client; destroyed before the lease returns the
// client (declare it after the Lease). Without server support for sessions it
// is empty and append() adds nothing.
class Session {
 public:
  Session(const Lease& lease, bool causally_consistent);
  ~Session();
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  mongoc_client_session_t* get() const { return session_; }
  // Adds "sessionId" to an operation's options.
  void append(Doc& opts) const;

 private:
  mongoc_client_session_t* session_ = nullptr;
};

// Options for one operation: the session (if any) and maxTimeMS unless 0.
Doc op_options(const Session* session, int max_time_ms);

}  // namespace moviedb::store::mongo
