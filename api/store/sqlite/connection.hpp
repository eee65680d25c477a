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
  // A cached statement, reset and ready to bind.
  Statement& prepare(const std::string& sql);
  // Resets statements left mid-result, which would otherwise pin an old read
  // snapshot for the connection's next user.
  void reset_busy_statements();

 private:
  struct Close {
    void operator()(sqlite3* db) const;
  };
  std::unique_ptr<sqlite3, Close> db_;
  std::unordered_map<std::string, std::unique_ptr<Statement>> statements_;
};

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
