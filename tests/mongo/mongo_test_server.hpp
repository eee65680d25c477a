#pragma once
// The MongoDB the `mongo` tests talk to.
//
// By default: moviedb-test-mongo (FerretDB embedded, tests/mongo/server),
// started on a free loopback port over a temporary directory and stopped by
// its own PID. With MOVIEDB_TEST_MONGODB_URI set (any real MongoDB: a
// standalone, a replica set or a mongos), that server is used instead and
// every test works in a database of its own, dropped at the end of the run.
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace moviedb::test {

std::string test_mongo_binary();

// One moviedb-test-mongo process. Stop and start it again (same port, same
// data directory) to simulate an outage. `topology` adds the simulator's flags
// (e.g. {"--replset", "rs0", "--members", "3", "--control", "127.0.0.1:0"}):
// then uri() names the simulated members (or routers) and control_port() the
// control API (tests/mongo/server/README.md).
class TestMongoProcess {
 public:
  // `port` 0 picks a free one (reported by the server's ready line).
  TestMongoProcess(std::filesystem::path dir, std::uint16_t port = 0,
                   std::vector<std::string> topology = {});
  ~TestMongoProcess();
  TestMongoProcess(const TestMongoProcess&) = delete;
  TestMongoProcess& operator=(const TestMongoProcess&) = delete;

  void start();  // waits for the ready line (15 s at most)
  void stop(int signal);
  bool running() const { return pid_ > 0; }
  pid_t pid() const { return pid_; }
  std::uint16_t port() const { return port_; }
  std::string uri(const std::string& database, const std::string& options = "") const;
  std::uint16_t control_port() const { return control_port_; }
  // With --mongos: the simulated set itself, behind the routers.
  std::string replset_uri(const std::string& database) const;

 private:
  std::filesystem::path dir_;
  std::uint16_t port_;
  std::vector<std::string> topology_;
  std::string ready_uri_;    // as the ready line names it
  std::string replset_uri_;  // as the replset line names it (--mongos only)
  std::uint16_t control_port_ = 0;
  pid_t pid_ = -1;
};

// The server the suites share: started once per test process (or the
// external one), with a unique database name per call.
class MongoTestServer {
 public:
  static MongoTestServer& instance();
  ~MongoTestServer();  // stops the test server (by its PID) and removes its files
  bool external() const { return !external_uri_.empty(); }
  // A URI naming a fresh database `<prefix>_<pid>_<n>` on the server;
  // `options` (e.g. "serverSelectionTimeoutMS=500") are appended.
  std::string fresh_uri(const std::string& prefix, const std::string& options = "");
  // Drops the databases fresh_uri named (external servers; the test server's
  // files go with its directory).
  void drop_databases();

 private:
  MongoTestServer();
  std::string external_uri_;
  std::filesystem::path dir_;
  std::unique_ptr<TestMongoProcess> process_;
  std::vector<std::string> databases_;
  int counter_ = 0;
};

// `uri` with its database replaced by `database` (credentials keep
// authenticating against the original database or admin) and `options` added.
std::string with_database(const std::string& uri, const std::string& database,
                          const std::string& options = "");

}  // namespace moviedb::test
