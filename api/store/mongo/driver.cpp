#include "store/mongo/driver.hpp"

#include <algorithm>
#include <iostream>
#include <mutex>
#include <stdexcept>

#include "store/store.hpp"

namespace moviedb::store::mongo {

namespace {

// libmongoc logs warnings (e.g. a server it cannot reach) through this hook;
// debug chatter stays silent, the rest joins the API's JSON log lines.
void log_handler(mongoc_log_level_t level, const char* domain, const char* message, void*) {
  if (level > MONGOC_LOG_LEVEL_WARNING) return;
  std::string text(message ? message : "");
  // FerretDB 1.x has no endSessions: the pool's goodbye on shutdown fails
  // harmlessly (the server forgets sessions on its own).
  if (text.find("endSessions") != std::string::npos) return;
  for (auto& c : text) {
    if (c == '"' || c == '\\' || static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  std::cerr << "{\"level\":\"" << mongoc_log_level_str(level) << "\",\"event\":\"mongoc\","
            << "\"domain\":\"" << (domain ? domain : "") << "\",\"message\":\"" << text << "\"}\n";
}

void init_driver_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    mongoc_init();  // never cleaned up: clients may be destroyed during static teardown
    mongoc_log_set_handler(log_handler, nullptr);
  });
}

bool has_label(const bson_t* reply, std::string_view label) {
  if (!reply) return false;
  bson_iter_t iter, child;
  if (!bson_iter_init_find(&iter, reply, "errorLabels") || !BSON_ITER_HOLDS_ARRAY(&iter) ||
      !bson_iter_recurse(&iter, &child)) {
    return false;
  }
  while (bson_iter_next(&child)) {
    if (BSON_ITER_HOLDS_UTF8(&child) && label == bson_iter_utf8(&child, nullptr)) return true;
  }
  return false;
}

bool server_domain(std::uint32_t domain) {
  return domain == MONGOC_ERROR_SERVER || domain == MONGOC_ERROR_QUERY ||
         domain == MONGOC_ERROR_COMMAND || domain == MONGOC_ERROR_COLLECTION ||
         domain == MONGOC_ERROR_WRITE_CONCERN;
}

// Server codes that mean "not now": no primary, stepping down, shutting
// down, network trouble between mongos and a shard, timeouts.
bool transient_code(std::uint32_t code) {
  static constexpr std::uint32_t kCodes[] = {
      6,      // HostUnreachable
      7,      // HostNotFound
      50,     // MaxTimeMSExpired
      64,     // WriteConcernFailed (wtimeout)
      89,     // NetworkTimeout
      91,     // ShutdownInProgress
      100,    // UnsatisfiableWriteConcern
      133,    // FailedToSatisfyReadPreference
      189,    // PrimarySteppedDown
      202,    // NetworkInterfaceExceededTimeLimit
      262,    // ExceededTimeLimit
      9001,   // SocketException
      10058,  // LegacyNotPrimary
      10107,  // NotWritablePrimary
      11600,  // InterruptedAtShutdown
      11602,  // InterruptedDueToReplStateChange
      13435,  // NotPrimaryNoSecondaryOk
      13436,  // NotPrimaryOrSecondary
  };
  return std::find(std::begin(kCodes), std::end(kCodes), code) != std::end(kCodes);
}

}  // namespace

bool is_duplicate_key(const bson_error_t& error) {
  return server_domain(error.domain) &&
         (error.code == 11000 || error.code == 11001 || error.code == 12582);
}

bool is_unsupported(const bson_error_t& error) {
  if (!server_domain(error.domain)) return false;
  switch (error.code) {
    case 13:     // Unauthorized
    case 20:     // IllegalOperation
    case 59:     // CommandNotFound
    case 76:     // NoReplicationEnabled
    case 115:    // CommandNotSupported
    case 238:    // NotImplemented (FerretDB)
    case 40324:  // unrecognized pipeline stage
      return true;
    default:
      return false;
  }
}

void throw_driver_error(const bson_error_t& error, std::string_view context, const bson_t* reply) {
  const std::string message = "MongoDB " + std::string(context) + ": " + error.message;
  if (is_duplicate_key(error)) throw StoreConflict(message);
  if (error.domain == MONGOC_ERROR_WRITE_CONCERN || error.code == 64) {
    // The primary applied the write but a majority did not confirm it in
    // time: report it, it may or may not survive a failover.
    throw StoreUnavailable(message + " (write not confirmed by a majority in time)");
  }
  if (error.domain == MONGOC_ERROR_STREAM || error.domain == MONGOC_ERROR_SERVER_SELECTION ||
      error.domain == MONGOC_ERROR_PROTOCOL || error.domain == MONGOC_ERROR_SASL ||
      error.domain == MONGOC_ERROR_SCRAM ||
      (error.domain == MONGOC_ERROR_CLIENT &&
       (error.code == MONGOC_ERROR_CLIENT_AUTHENTICATE ||
        error.code == MONGOC_ERROR_CLIENT_SESSION_FAILURE ||
        error.code == MONGOC_ERROR_CLIENT_NOT_READY))) {
    throw StoreUnavailable(message);
  }
  if (server_domain(error.domain) &&
      (transient_code(error.code) || has_label(reply, "RetryableWriteError") ||
       has_label(reply, "TransientTransactionError") ||
       has_label(reply, "ResumableChangeStreamError"))) {
    throw StoreUnavailable(message);
  }
  throw std::runtime_error(message);
}

void Cursor::for_each(const std::function<void(View)>& each) {
  const bson_t* doc = nullptr;
  while (mongoc_cursor_next(cursor_.get(), &doc)) each(View(doc));
  bson_error_t error;
  const bson_t* reply = nullptr;
  if (mongoc_cursor_error_document(cursor_.get(), &error, &reply)) {
    throw_driver_error(error, context_, reply);
  }
}

std::optional<Doc> Cursor::first() {
  std::optional<Doc> out;
  const bson_t* doc = nullptr;
  if (mongoc_cursor_next(cursor_.get(), &doc)) {
    out = Doc::copy_of(doc);
    return out;
  }
  bson_error_t error;
  const bson_t* reply = nullptr;
  if (mongoc_cursor_error_document(cursor_.get(), &error, &reply)) {
    throw_driver_error(error, context_, reply);
  }
  return out;
}

ClientPool::ClientPool(std::string_view text, std::size_t max_clients, int socket_timeout_ms)
    : max_clients_(std::max<std::size_t>(1, max_clients)) {
  init_driver_once();
  bson_error_t error;
  uri_.reset(mongoc_uri_new_with_error(std::string(text).c_str(), &error));
  if (!uri_) throw std::invalid_argument(std::string("invalid MongoDB URI: ") + error.message);
  auto* uri = uri_.get();

  auto default_int = [&](const char* option, int value) {
    if (!mongoc_uri_has_option(uri, option)) mongoc_uri_set_option_as_int32(uri, option, value);
  };
  auto default_bool = [&](const char* option, bool value) {
    if (!mongoc_uri_has_option(uri, option)) mongoc_uri_set_option_as_bool(uri, option, value);
  };
  default_int(MONGOC_URI_SERVERSELECTIONTIMEOUTMS, DriverDefaults::kServerSelectionTimeoutMs);
  default_int(MONGOC_URI_CONNECTTIMEOUTMS, DriverDefaults::kConnectTimeoutMs);
  default_int(MONGOC_URI_SOCKETTIMEOUTMS, socket_timeout_ms);
  max_time_ms_ = mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SOCKETTIMEOUTMS, socket_timeout_ms);
  default_bool(MONGOC_URI_RETRYWRITES, true);
  default_bool(MONGOC_URI_RETRYREADS, true);
  if (!mongoc_uri_get_appname(uri)) mongoc_uri_set_appname(uri, DriverDefaults::kAppName);

  // Writes: majority with a timeout, unless the URI chose a write concern.
  if (!mongoc_uri_has_option(uri, MONGOC_URI_W)) {
    mongoc_write_concern_t* concern = mongoc_write_concern_new();
    const int timeout = mongoc_uri_has_option(uri, MONGOC_URI_WTIMEOUTMS)
                            ? mongoc_uri_get_option_as_int32(uri, MONGOC_URI_WTIMEOUTMS, 0)
                            : DriverDefaults::kWriteConcernTimeoutMs;
    mongoc_write_concern_set_wmajority(concern, timeout);
    mongoc_uri_set_write_concern(uri, concern);
    mongoc_write_concern_destroy(concern);
  }

  // Shared reads: secondaryPreferred unless the URI names a read preference
  // (its tags and maxStalenessSeconds come along with it).
  if (mongoc_uri_has_option(uri, MONGOC_URI_READPREFERENCE)) {
    shared_reads_.reset(mongoc_read_prefs_copy(mongoc_uri_get_read_prefs_t(uri)));
  } else {
    shared_reads_.reset(mongoc_read_prefs_new(MONGOC_READ_SECONDARY_PREFERRED));
    if (mongoc_uri_has_option(uri, MONGOC_URI_MAXSTALENESSSECONDS)) {
      mongoc_read_prefs_set_max_staleness_seconds(
          shared_reads_.get(),
          mongoc_uri_get_option_as_int32(uri, MONGOC_URI_MAXSTALENESSSECONDS, -1));
    }
  }
  primary_reads_.reset(mongoc_read_prefs_new(MONGOC_READ_PRIMARY));
  // The clients' own default stays the URI's (primary unless given): every
  // read in the adapter names its read preference explicitly.

  const char* database = mongoc_uri_get_database(uri);
  database_ = database && *database ? database : DriverDefaults::kDatabase;

  pool_.reset(mongoc_client_pool_new_with_error(uri, &error));
  if (!pool_) throw std::invalid_argument(std::string("MongoDB client pool: ") + error.message);
  mongoc_client_pool_set_error_api(pool_.get(), MONGOC_ERROR_API_VERSION_2);
  mongoc_client_pool_max_size(pool_.get(), static_cast<std::uint32_t>(max_clients_));
}

ClientPool::~ClientPool() = default;

Lease::Lease(ClientPool& pool)
    : pool_(pool), client_(mongoc_client_pool_pop(pool.pool_.get())) {}

Lease::~Lease() { mongoc_client_pool_push(pool_.pool_.get(), client_); }

Collection Lease::collection(std::string_view name) const {
  return Collection(
      mongoc_client_get_collection(client_, pool_.database().c_str(), std::string(name).c_str()));
}

bool Lease::command(const Doc& command, const mongoc_read_prefs_t* prefs, Doc& reply,
                    bson_error_t& error, bool admin) const {
  bson_t raw;
  const bool ok = mongoc_client_read_command_with_opts(
      client_, admin ? "admin" : pool_.database().c_str(), command.get(), prefs, nullptr, &raw,
      &error);
  reply = Doc::copy_of(&raw);
  bson_destroy(&raw);
  return ok;
}

Session::Session(const Lease& lease, bool causally_consistent) {
  mongoc_session_opt_t* opts = mongoc_session_opts_new();
  mongoc_session_opts_set_causal_consistency(opts, causally_consistent);
  bson_error_t error;
  session_ = mongoc_client_start_session(lease.client(), opts, &error);
  mongoc_session_opts_destroy(opts);
  if (!session_) {
    // No sessions on this server (a standalone without them): run without.
    // Any other failure (no server reachable) is the store being unavailable.
    if (error.domain == MONGOC_ERROR_CLIENT && error.code == MONGOC_ERROR_CLIENT_SESSION_FAILURE) {
      return;
    }
    throw_driver_error(error, "start session");
  }
}

Session::~Session() {
  if (session_) mongoc_client_session_destroy(session_);
}

void Session::append(Doc& opts) const {
  if (!session_) return;
  bson_error_t error;
  if (!mongoc_client_session_append(session_, opts.get(), &error)) {
    throw_driver_error(error, "session");
  }
}

Doc op_options(const Session* session, int max_time_ms) {
  Doc opts;
  if (session) session->append(opts);
  if (max_time_ms > 0) opts.i64("maxTimeMS", max_time_ms);
  return opts;
}

}  // namespace moviedb::store::mongo
