#pragma once
// RAII ownership of a sqlite3 handle and its cache of prepared statements.
// A connection is used by one thread at a time (the pool guarantees it).
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "store/sqlite/statement.hpp"

struct sqlite3;

namespace moviedb::store::sqlite {

class Connection {
 public:
  // Opens (creating if needed) the database file in WAL mode.
  explicit Connection(const std::string& path);
  sqlite3* get() const { return db_.get(); }
  void exec(std::string_view sql);
  std::int64_t last_insert_rowid() const;
  // A PASSIVE checkpoint: copies the WAL frames it can into the database file
  // without waiting for readers or the writer. Throws when another checkpoint
  // holds the lock (SQLITE_BUSY).
  struct WalCheckpoint {
    std::int64_t frames = 0;  // in the WAL
    std::int64_t copied = 0;  // of those, now in the database file
  };
  WalCheckpoint checkpoint();
  // Makes what has been written to the database file durable (fdatasync,
  // through SQLite's VFS): a checkpoint that leaves frames in the WAL does not.
  void sync_database_file();
  // A cached statement, reset and ready to bind.
  Statement& prepare(const std::string& sql);
  // Called when a unit of work is done with the connection: resets statements
  // left mid-result (they would pin an old read snapshot for the next user)
  // and trims the statement cache to its byte budget, least recently used
  // first. Trimming waits for this point because callers hold references to
  // statements while they work.
  void reset_busy_statements();

 private:
  struct Close {
    void operator()(sqlite3* db) const;
  };
  struct Cached {
    std::unique_ptr<Statement> statement;
    std::uint64_t last_used = 0;
  };
  void trim_statements();

  // Queries with a list filter differ in their SQL text by the list's length,
  // so the cache is bounded: 2 MiB of prepared programs per connection.
  static constexpr std::size_t kStatementBudget = 2u << 20;
  std::unique_ptr<sqlite3, Close> db_;
  std::unordered_map<std::string, Cached> statements_;
  std::uint64_t uses_ = 0;
  // A statement's size moves little once it is prepared, so the cache is
  // measured only after it gained one: measuring every statement after each
  // unit of work cost 2% of a movie page at 1M.
  bool gained_ = false;
};

// BEGIN … COMMIT around a reader's work: its statements share one snapshot,
// and SQLite takes the WAL read lock, reads the WAL header and sizes the file
// once for them all instead of once per statement. A pooled reader may keep
// one open across several works (connection_pool.hpp).
void begin_snapshot(Connection& connection);
// A reader left inside a transaction would never see new commits: this ends
// it whatever happens, and never throws.
void end_snapshot(Connection& connection) noexcept;

// BEGIN IMMEDIATE … COMMIT, rolled back unless committed.
class Transaction {
 public:
  explicit Transaction(Connection& connection);
  ~Transaction();
  void commit();

 private:
  Connection& connection_;
  bool done_ = false;
};

}  // namespace moviedb::store::sqlite
