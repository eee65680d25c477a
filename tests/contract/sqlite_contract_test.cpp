// The store contract against the embedded SQLite adapter, on real files.
#include <atomic>

#include "contract/store_contract.hpp"
#include "support/temp_dir.hpp"

namespace moviedb::test {

namespace {

TempDir& root() {
  static TempDir dir;
  return dir;
}

std::unique_ptr<store::Store> fresh_sqlite_store() {
  static std::atomic<int> counter{0};
  const auto path = root().path() / ("store-" + std::to_string(counter++) + ".sqlite3");
  return store::open_store("sqlite:" + path.string(), 4);
}

}  // namespace

INSTANTIATE_TEST_SUITE_P(Sqlite, StoreContract,
                         ::testing::Values(StoreParam{"sqlite", fresh_sqlite_store}),
                         store_param_name);

}  // namespace moviedb::test
