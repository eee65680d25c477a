#include "store/sqlite/connection.hpp"

#include <sqlite3.h>

#include <algorithm>
#include <filesystem>
#include <vector>

#include "store/store.hpp"

namespace moviedb::store::sqlite {

void Connection::Close::operator()(sqlite3* db) const { sqlite3_close_v2(db); }

Connection::Connection(const std::string& path) {
  // SQLite counts its memory under one process-wide mutex on every malloc and
  // free unless told not to; nothing here reads those counts, and under load
  // the I/O threads slept on that mutex (bench/RESULTS.md). Only possible
  // before SQLite initialises, that is before the first open.
  static const int memstatus_off = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
  (void)memstatus_off;
  const auto parent = std::filesystem::path(path).parent_path();
  std::error_code ec;
  if (!parent.empty()) std::filesystem::create_directories(parent, ec);
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw,
                                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                 nullptr);
  db_.reset(raw);
  if (rc != SQLITE_OK) {
    throw StoreUnavailable("cannot open SQLite database '" + path +
                           "': " + (raw ? sqlite3_errmsg(raw) : sqlite3_errstr(rc)));
  }
  sqlite3_busy_timeout(raw, 5000);
  // WAL lets readers run beside the writer; NORMAL sync in WAL keeps every
  // committed transaction across a process crash (kill -9). Temporary data
  // stays on files: with temp_store=MEMORY SQLite's sorter never spills, so
  // one large sort (an index build, an unindexed ORDER BY) could take any
  // amount of memory; on files it keeps at most a page cache's worth.
  exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;");
}

Statement& Connection::prepare(const std::string& sql) {
  auto& slot = statements_[sql];
  if (!slot.statement) {
    try {
      slot.statement = std::make_unique<Statement>(db_.get(), sql);
      gained_ = true;
    } catch (...) {
      statements_.erase(sql);
      throw;
    }
  }
  slot.last_used = ++uses_;
  return slot.statement->reset();
}

void Connection::trim_statements() {
  if (!gained_) return;
  gained_ = false;
  std::size_t bytes = 0;
  for (const auto& [sql, cached] : statements_) bytes += sql.size() + cached.statement->memory_used();
  if (bytes <= kStatementBudget) return;
  std::vector<std::pair<std::uint64_t, const std::string*>> by_age;
  for (const auto& [sql, cached] : statements_) by_age.emplace_back(cached.last_used, &sql);
  std::sort(by_age.begin(), by_age.end());
  for (const auto& [used, sql] : by_age) {
    if (bytes <= kStatementBudget) break;
    const auto found = statements_.find(*sql);
    bytes -= sql->size() + found->second.statement->memory_used();
    statements_.erase(found);
  }
}

std::int64_t Connection::last_insert_rowid() const { return sqlite3_last_insert_rowid(db_.get()); }

Connection::WalCheckpoint Connection::checkpoint() {
  int frames = 0;
  int copied = 0;
  const int rc =
      sqlite3_wal_checkpoint_v2(db_.get(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &frames, &copied);
  if (rc != SQLITE_OK) throw_sqlite_error(db_.get(), rc, "checkpoint");
  return {frames, copied};
}

void Connection::sync_database_file() {
  sqlite3_file* file = nullptr;
  const int rc = sqlite3_file_control(db_.get(), "main", SQLITE_FCNTL_FILE_POINTER, &file);
  if (rc != SQLITE_OK) throw_sqlite_error(db_.get(), rc, "file pointer");
  if (file == nullptr || file->pMethods == nullptr) return;  // not open yet: nothing written
  if (const int synced = file->pMethods->xSync(file, SQLITE_SYNC_NORMAL); synced != SQLITE_OK) {
    throw_sqlite_error(db_.get(), synced, "sync");
  }
}

void Connection::reset_busy_statements() {
  for (sqlite3_stmt* s = sqlite3_next_stmt(db_.get(), nullptr); s;
       s = sqlite3_next_stmt(db_.get(), s)) {
    if (sqlite3_stmt_busy(s)) sqlite3_reset(s);
  }
  trim_statements();
}

void begin_snapshot(Connection& connection) {
  connection.prepare("BEGIN").run();
}

void end_snapshot(Connection& connection) noexcept {
  // A statement still stepping keeps its read open past COMMIT; the pool
  // resets every such statement before.
  try {
    connection.prepare("COMMIT").run();
  } catch (...) {
    try {
      connection.exec("ROLLBACK");
    } catch (...) {
    }
  }
}

Transaction::Transaction(Connection& connection) : connection_(connection) {
  connection_.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
  if (done_) return;
  try {
    connection_.exec("ROLLBACK");
  } catch (...) {  // the connection is unusable anyway; nothing else to do here
  }
}

void Transaction::commit() {
  connection_.exec("COMMIT");
  done_ = true;
}

void Connection::exec(std::string_view sql) {
  char* error = nullptr;
  if (sqlite3_exec(db_.get(), std::string(sql).c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
    const int rc = sqlite3_extended_errcode(db_.get());
    sqlite3_free(error);
    throw_sqlite_error(db_.get(), rc, "exec");
  }
}

}  // namespace moviedb::store::sqlite
