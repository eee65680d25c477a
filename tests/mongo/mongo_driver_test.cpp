// Driver configuration, read back from libmongoc's own objects, and the
// mapping of driver errors to store errors. No server needed.
#include <gtest/gtest.h>

#include <chrono>

#include "mongo_test_server.hpp"
#include "store/mongo/driver.hpp"
#include "store/mongo/mongo_store.hpp"
#include "store/store.hpp"

namespace moviedb::test {

using namespace store::mongo;

namespace {

const char* mode_name(const mongoc_read_prefs_t* prefs) {
  switch (mongoc_read_prefs_get_mode(prefs)) {
    case MONGOC_READ_PRIMARY: return "primary";
    case MONGOC_READ_PRIMARY_PREFERRED: return "primaryPreferred";
    case MONGOC_READ_SECONDARY: return "secondary";
    case MONGOC_READ_SECONDARY_PREFERRED: return "secondaryPreferred";
    case MONGOC_READ_NEAREST: return "nearest";
  }
  return "?";
}

bson_error_t error_of(std::uint32_t domain, std::uint32_t code, const char* message) {
  bson_error_t e{};
  e.domain = domain;
  e.code = code;
  bson_strncpy(e.message, message, sizeof e.message);
  return e;
}

}  // namespace

TEST(MongoDriverConfig, DefaultsAreAppliedToTheDriverObjects) {
  ClientPool pool("mongodb://127.0.0.1:1/moviedb_cfg", 3);
  Lease lease(pool);
  // Shared reads: secondaryPreferred; a user's own state: primary.
  EXPECT_STREQ(mode_name(pool.shared_reads()), "secondaryPreferred");
  EXPECT_STREQ(mode_name(pool.primary_reads()), "primary");
  // Writes: majority with a timeout, on the client the pool hands out.
  const auto* concern = mongoc_client_get_write_concern(lease.client());
  EXPECT_TRUE(mongoc_write_concern_get_wmajority(concern));
  EXPECT_EQ(mongoc_write_concern_get_wtimeout_int64(concern),
            DriverDefaults::kWriteConcernTimeoutMs);
  const auto* uri = mongoc_client_get_uri(lease.client());
  EXPECT_TRUE(mongoc_uri_get_option_as_bool(uri, MONGOC_URI_RETRYWRITES, false));
  EXPECT_TRUE(mongoc_uri_get_option_as_bool(uri, MONGOC_URI_RETRYREADS, false));
  EXPECT_EQ(mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, 0), 2500);
  EXPECT_LT(mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, 0), 10000)
      << "server selection must give up well before the 10 s request deadline";
  EXPECT_EQ(mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SOCKETTIMEOUTMS, 0),
            DriverDefaults::kSocketTimeoutMs);
  EXPECT_EQ(pool.max_time_ms(), DriverDefaults::kSocketTimeoutMs);
  EXPECT_EQ(mongoc_uri_get_option_as_int32(uri, MONGOC_URI_CONNECTTIMEOUTMS, 0),
            DriverDefaults::kConnectTimeoutMs);
  EXPECT_STREQ(mongoc_uri_get_appname(uri), "moviedb-api");
  EXPECT_EQ(pool.database(), "moviedb_cfg");
  EXPECT_EQ(pool.max_clients(), 3u);
}

TEST(MongoDriverConfig, TheUriOverridesEveryDefault) {
  ClientPool pool(
      "mongodb://127.0.0.1:1/?readPreference=nearest&maxStalenessSeconds=120"
      "&readPreferenceTags=dc:east&w=2&wtimeoutMS=750&appname=mine"
      "&serverSelectionTimeoutMS=900&retryWrites=false&socketTimeoutMS=3000",
      2);
  Lease lease(pool);
  EXPECT_STREQ(mode_name(pool.shared_reads()), "nearest");
  EXPECT_EQ(mongoc_read_prefs_get_max_staleness_seconds(pool.shared_reads()), 120);
  const bson_t* tags = mongoc_read_prefs_get_tags(pool.shared_reads());
  ASSERT_TRUE(tags);
  EXPECT_NE(View(tags).json().find("east"), std::string::npos);
  EXPECT_STREQ(mode_name(pool.primary_reads()), "primary");
  const auto* concern = mongoc_client_get_write_concern(lease.client());
  EXPECT_FALSE(mongoc_write_concern_get_wmajority(concern));
  EXPECT_EQ(mongoc_write_concern_get_w(concern), 2);
  EXPECT_EQ(mongoc_write_concern_get_wtimeout_int64(concern), 750);
  const auto* uri = mongoc_client_get_uri(lease.client());
  EXPECT_FALSE(mongoc_uri_get_option_as_bool(uri, MONGOC_URI_RETRYWRITES, true));
  EXPECT_EQ(mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SERVERSELECTIONTIMEOUTMS, 0), 900);
  EXPECT_EQ(mongoc_uri_get_option_as_int32(uri, MONGOC_URI_SOCKETTIMEOUTMS, 0), 3000);
  EXPECT_EQ(pool.max_time_ms(), 3000) << "reads stop on the server when the client stops waiting";
  EXPECT_STREQ(mongoc_uri_get_appname(uri), "mine");
  EXPECT_EQ(pool.database(), "moviedb");  // none in the URI
}

TEST(MongoDriverConfig, ABatchJobWaitsLongerOnTheSocketUnlessTheUriSays) {
  auto socket_timeout = [](const char* text) {
    ClientPool pool(text, 1, DriverDefaults::kBatchSocketTimeoutMs);
    Lease lease(pool);
    return mongoc_uri_get_option_as_int32(mongoc_client_get_uri(lease.client()),
                                          MONGOC_URI_SOCKETTIMEOUTMS, 0);
  };
  EXPECT_GT(DriverDefaults::kBatchSocketTimeoutMs, DriverDefaults::kSocketTimeoutMs);
  EXPECT_EQ(socket_timeout("mongodb://127.0.0.1:1/"), DriverDefaults::kBatchSocketTimeoutMs);
  EXPECT_EQ(socket_timeout("mongodb://127.0.0.1:1/?socketTimeoutMS=3000"), 3000);
}

TEST(MongoDriverConfig, MajorityKeepsATimeoutGivenAlone) {
  ClientPool pool("mongodb://127.0.0.1:1/x?wtimeoutMS=1234", 1);
  Lease lease(pool);
  const auto* concern = mongoc_client_get_write_concern(lease.client());
  EXPECT_TRUE(mongoc_write_concern_get_wmajority(concern));
  EXPECT_EQ(mongoc_write_concern_get_wtimeout_int64(concern), 1234);
}

TEST(MongoDriverConfig, ABadUriIsAUsageError) {
  EXPECT_THROW(store::open_store("mongodb://", 2), std::invalid_argument);
  EXPECT_THROW(store::open_store("mongodb://host:notaport/db", 2), std::invalid_argument);
  EXPECT_THROW(store::open_store("mongodb+srv://a:1/db", 2), std::invalid_argument);  // srv: no port
  EXPECT_THROW(store::open_store("mysql://host/db", 2), std::invalid_argument);
}

TEST(MongoDriverErrors, EachDriverErrorBecomesTheRightStoreError) {
  auto kind = [](bson_error_t e) -> std::string {
    try {
      throw_driver_error(e, "test");
    } catch (const store::StoreConflict&) {
      return "conflict";
    } catch (const store::StoreUnavailable&) {
      return "unavailable";
    } catch (const std::runtime_error&) {
      return "internal";
    }
    return "none";
  };
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_SERVER, 11000, "E11000 duplicate key")), "conflict");
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_COLLECTION, 11000, "E11000 duplicate key")), "conflict");
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_WRITE_CONCERN, 64, "waiting for replication timed out")),
            "unavailable");
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_SERVER_SELECTION, MONGOC_ERROR_SERVER_SELECTION_FAILURE,
                          "No suitable servers found")),
            "unavailable");
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_STREAM, MONGOC_ERROR_STREAM_SOCKET, "socket error")),
            "unavailable");
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_SERVER, 10107, "not primary")), "unavailable");
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_SERVER, 189, "primary stepped down")), "unavailable");
  EXPECT_EQ(kind(error_of(MONGOC_ERROR_SERVER, 2, "bad value")), "internal");
  // A write-concern timeout says what it means.
  try {
    throw_driver_error(error_of(MONGOC_ERROR_WRITE_CONCERN, 64, "timed out"), "insert");
  } catch (const store::StoreUnavailable& e) {
    EXPECT_NE(std::string(e.what()).find("majority"), std::string::npos) << e.what();
  }
}

TEST(MongoDriverErrors, NoServerMeansUnavailableWellWithinTheRequestDeadline) {
  // Port 1 on loopback: nothing listens there.
  const auto started = std::chrono::steady_clock::now();
  EXPECT_THROW(store::open_store("mongodb://127.0.0.1:1/moviedb_none", 2), store::StoreUnavailable);
  const auto took = std::chrono::steady_clock::now() - started;
  EXPECT_LT(took, std::chrono::seconds(5));
}

TEST(MongoTestUris, EachTestGetsItsOwnDatabaseOnTheSameServer) {
  EXPECT_EQ(with_database("mongodb://127.0.0.1:27017", "t1"), "mongodb://127.0.0.1:27017/t1");
  EXPECT_EQ(with_database("mongodb://h:1/?w=1", "t1", "appname=x"), "mongodb://h:1/t1?w=1&appname=x");
  EXPECT_EQ(with_database("mongodb://h1:1,h2:2/prod?replicaSet=rs", "t2"),
            "mongodb://h1:1,h2:2/t2?replicaSet=rs");
  // Credentials keep authenticating where they did.
  EXPECT_EQ(with_database("mongodb://u:p@h:1/prod?tls=true", "t3"),
            "mongodb://u:p@h:1/t3?tls=true&authSource=prod");
  EXPECT_EQ(with_database("mongodb+srv://u:p@cluster.example.net/?authSource=admin", "t4"),
            "mongodb+srv://u:p@cluster.example.net/t4?authSource=admin");
  EXPECT_EQ(with_database("mongodb://u:p@h:1", "t5"), "mongodb://u:p@h:1/t5?authSource=admin");
}

}  // namespace moviedb::test
