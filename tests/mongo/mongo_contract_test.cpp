// The store contract, unchanged, against the MongoDB adapter: each test gets
// a store on a database of its own on the shared test server (or on
// MOVIEDB_TEST_MONGODB_URI).
#include "contract/store_contract.hpp"
#include "mongo_test_server.hpp"

namespace moviedb::test {

namespace {

std::unique_ptr<store::Store> fresh_mongo_store() {
  return store::open_store(MongoTestServer::instance().fresh_uri("contract"), 4);
}

class DropTestDatabases : public ::testing::Environment {
 public:
  void TearDown() override { MongoTestServer::instance().drop_databases(); }
};

[[maybe_unused]] const auto* const kDropTestDatabases =
    ::testing::AddGlobalTestEnvironment(new DropTestDatabases);

}  // namespace

INSTANTIATE_TEST_SUITE_P(Mongo, StoreContract,
                         ::testing::Values(StoreParam{"mongo", fresh_mongo_store}),
                         store_param_name);

}  // namespace moviedb::test
