#include "store/sqlite/sqlite_store.hpp"

namespace moviedb::store::sqlite {

SqliteStore::SqliteStore(std::string path) : path_(std::move(path)), connection_(path_) {}

void SqliteStore::ping() {
  std::lock_guard lock(mutex_);
  connection_.exec("SELECT 1");
}

}  // namespace moviedb::store::sqlite
