#pragma once
// RAII ownership of a sqlite3 handle and its prepared statements.
#include <memory>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace moviedb::store::sqlite {

class Connection {
 public:
  // Opens (creating if needed) the database file in WAL mode.
  explicit Connection(const std::string& path);
  sqlite3* get() const { return db_.get(); }
  void exec(std::string_view sql);

 private:
  struct Close {
    void operator()(sqlite3* db) const;
  };
  std::unique_ptr<sqlite3, Close> db_;
};

}  // namespace moviedb::store::sqlite
