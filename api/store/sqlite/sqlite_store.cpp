#include "store/sqlite/sqlite_store.hpp"

#include <sqlite3.h>

#include <boost/json.hpp>
#include <filesystem>

#include "store/sqlite/ranked_titles.hpp"
#include "store/sqlite/schema.hpp"

namespace moviedb::store::sqlite {

namespace json = boost::json;

SqliteStore::SqliteStore(std::string path, std::size_t max_readers)
    : path_(std::move(path)), pool_(path_, max_readers) {
  pool_.write([](Connection& db) { migrate(db); });
}

void SqliteStore::begin_bulk_load() {
  write([this](Connection& db) {
    db.exec(ConnectionPool::kBulkWriterCache);
    auto& any = db.prepare("SELECT 1 FROM movies LIMIT 1");
    const bool empty = !any.step();
    any.reset();
    if (empty) {
      drop_read_indexes(db);
      titles_ = TitleIndex::at_end;
    }
  });
}

void SqliteStore::end_bulk_load() {
  write([this](Connection& db) {
    // First: an index build keeps up to the page cache's size of keys in
    // memory, beside the cache itself (64 MiB each with the bulk-load cache).
    db.exec(ConnectionPool::kServingWriterCache);
    if (titles_ == TitleIndex::at_end) fill_ranked_titles(db);
    titles_ = TitleIndex::now;
    ensure_read_indexes(db);
  });
}

void SqliteStore::ping() {
  read([](Connection& db) { db.prepare("SELECT 1").step(); });
}

json::object SqliteStore::topology() {
  std::error_code size_error, wal_error;
  const auto size = std::filesystem::file_size(path_, size_error);
  const auto wal = std::filesystem::file_size(path_ + "-wal", wal_error);
  json::object counts;
  read([&](Connection& db) {
    for (const char* table :
         {"movies", "person", "credits", "users", "user_interactions", "sessions", "audit_log"}) {
      auto& count = db.prepare(std::string("SELECT count(*) FROM ") + table);
      count.step();
      counts[table] = count.int64(0);
    }
  });
  return {{"adapter", "sqlite"},
          {"server_version", std::string("SQLite ") + sqlite3_libversion()},
          {"path", std::filesystem::absolute(path_).string()},
          {"journal_mode", "wal"},
          {"file_bytes", size_error ? 0 : size},
          {"wal_bytes", wal_error ? 0 : wal},
          {"collections", std::move(counts)},
          {"sharded", false},
          {"notes", json::array{"embedded single-node store: no shards or replica set"}}};
}

json::object SqliteStore::placement() {
  auto facts = topology();
  json::object node{{"path", facts["path"]},
                    {"file_bytes", facts["file_bytes"]},
                    {"wal_bytes", facts["wal_bytes"]},
                    {"documents", facts["collections"]}};
  return {{"adapter", "sqlite"},
          {"sharded", false},
          {"note", "one file on one node holds every document"},
          {"node", std::move(node)},
          {"shards", json::array{}},
          {"collections", json::array{}}};
}

std::optional<json::object> SqliteStore::locate(Placed collection, const std::string& id) {
  const bool exists = collection == Placed::movies   ? find_movie(id).has_value()
                      : collection == Placed::people ? find_person(id).has_value()
                                                     : find_user(id).has_value();
  if (!exists) return std::nullopt;
  return json::object{{"adapter", "sqlite"},
                      {"sharded", false},
                      {"shard", nullptr},
                      {"node", std::filesystem::absolute(path_).string()},
                      {"note", "one file on one node holds every document"}};
}

}  // namespace moviedb::store::sqlite
