#include <stdexcept>
#include <string>

#include "store/mongo/open_mongo.hpp"
#include "store/sqlite/sqlite_store.hpp"
#include "store/store.hpp"

namespace moviedb::store {

std::unique_ptr<Store> open_store(std::string_view uri, std::size_t workers, Workload workload) {
  constexpr std::string_view kSqlite = "sqlite:";
  if (uri.starts_with(kSqlite)) {
    auto path = uri.substr(kSqlite.size());
    if (path.empty()) throw std::invalid_argument("sqlite: store URI needs a file path");
    return std::make_unique<sqlite::SqliteStore>(std::string(path), workers);
  }
  if (uri.starts_with("mongodb://") || uri.starts_with("mongodb+srv://")) {
    return mongo::open_mongo_store(uri, workers, workload);
  }
  throw std::invalid_argument("unsupported store URI '" + std::string(uri) +
                              "' (expected sqlite:PATH or mongodb://HOST:PORT/DB)");
}

}  // namespace moviedb::store
