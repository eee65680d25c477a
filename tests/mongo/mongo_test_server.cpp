#include "mongo_test_server.hpp"

#include <mongoc/mongoc.h>
#include <poll.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <iostream>
#include <stdexcept>
#include <thread>

namespace moviedb::test {

namespace {

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

bool wait_exit(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    const pid_t done = waitpid(pid, &status, WNOHANG);
    if (done == pid || done < 0) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

}  // namespace

std::string test_mongo_binary() {
  if (const char* from_env = std::getenv("MOVIEDB_TEST_MONGO_BIN")) return from_env;
  return MOVIEDB_TEST_MONGO_BIN_PATH;
}

std::string with_database(const std::string& uri, const std::string& database,
                          const std::string& options) {
  const auto scheme_end = uri.find("://");
  if (scheme_end == std::string::npos) throw std::invalid_argument("not a MongoDB URI: " + uri);
  const auto hosts_begin = scheme_end + 3;
  auto query_at = uri.find('?', hosts_begin);
  auto slash_at = uri.find('/', hosts_begin);
  if (slash_at != std::string::npos && query_at != std::string::npos && slash_at > query_at) {
    slash_at = std::string::npos;
  }
  const auto hosts_end = slash_at != std::string::npos ? slash_at
                         : query_at != std::string::npos ? query_at
                                                         : uri.size();
  const std::string hosts = uri.substr(hosts_begin, hosts_end - hosts_begin);
  std::string old_db;
  if (slash_at != std::string::npos) {
    old_db = uri.substr(slash_at + 1, (query_at == std::string::npos ? uri.size() : query_at) -
                                          slash_at - 1);
  }
  std::string query = query_at == std::string::npos ? "" : uri.substr(query_at + 1);
  auto add = [&](const std::string& option) {
    if (option.empty()) return;
    query += (query.empty() ? "" : "&") + option;
  };
  if (hosts.find('@') != std::string::npos && lower(query).find("authsource=") == std::string::npos) {
    add("authSource=" + (old_db.empty() ? std::string("admin") : old_db));
  }
  add(options);
  return uri.substr(0, hosts_begin) + hosts + "/" + database + (query.empty() ? "" : "?" + query);
}

TestMongoProcess::TestMongoProcess(std::filesystem::path dir, std::uint16_t port,
                                   std::vector<std::string> topology)
    : dir_(std::move(dir)), port_(port), topology_(std::move(topology)) {
  start();
}

TestMongoProcess::~TestMongoProcess() {
  if (pid_ > 0) stop(SIGTERM);
}

void TestMongoProcess::start() {
  if (pid_ > 0) return;
  const auto binary = test_mongo_binary();
  if (access(binary.c_str(), X_OK) != 0) {
    throw std::runtime_error("no test server at " + binary +
                             ": build it with tests/mongo/build-test-server.sh " + binary +
                             " (or set MOVIEDB_TEST_MONGODB_URI to a real MongoDB)");
  }
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const std::string listen = "127.0.0.1:" + std::to_string(port_);
  const std::string dir = dir_.string();
  const pid_t parent = getpid();
  const pid_t pid = fork();
  if (pid == 0) {
    prctl(PR_SET_PDEATHSIG, SIGTERM);  // never outlive the test process
    if (getppid() != parent) _exit(1);
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    std::vector<std::string> args{binary, "--listen", listen, "--dir", dir, "--log-level", "error"};
    args.insert(args.end(), topology_.begin(), topology_.end());
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    execv(binary.c_str(), argv.data());
    _exit(127);
  }
  close(fds[1]);
  pid_ = pid;
  std::string seen;
  const std::string ready = "ready mongodb://";
  const std::string control = "control http://127.0.0.1:";
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fds[0], POLLIN, 0};
    if (poll(&p, 1, 200) > 0) {
      char buffer[512];
      const auto n = read(fds[0], buffer, sizeof buffer);
      if (n <= 0) break;  // exited
      seen.append(buffer, static_cast<std::size_t>(n));
      const auto at = seen.find(ready);
      const auto end = at == std::string::npos ? at : seen.find(' ', at + 6);
      if (end != std::string::npos) {
        // The ready line comes last: the control line, if any, is in.
        ready_uri_ = seen.substr(at + 6, end - at - 6);
        port_ =
            static_cast<std::uint16_t>(std::stoi(ready_uri_.substr(ready_uri_.find(':', 10) + 1)));
        if (auto r = seen.find(" replset "); r != std::string::npos) {
          replset_uri_ = seen.substr(r + 9, seen.find_first_of(" \n", r + 9) - r - 9);
        }
        if (auto c = seen.find(control); c != std::string::npos) {
          control_port_ = static_cast<std::uint16_t>(std::stoi(seen.substr(c + control.size())));
        }
        // Keep no pipe: the server writes nothing more on stdout.
        close(fds[0]);
        return;
      }
    }
  }
  close(fds[0]);
  stop(SIGKILL);
  throw std::runtime_error("moviedb-test-mongo did not become ready: " + seen);
}

void TestMongoProcess::stop(int signal) {
  if (pid_ <= 0) return;
  kill(pid_, signal);
  if (!wait_exit(pid_, std::chrono::seconds(10))) {
    kill(pid_, SIGKILL);
    wait_exit(pid_, std::chrono::seconds(5));
  }
  pid_ = -1;
}

std::string TestMongoProcess::uri(const std::string& database, const std::string& options) const {
  if (topology_.empty()) {  // restarts keep the port; the ready line names it
    return "mongodb://127.0.0.1:" + std::to_string(port_) + "/" + database +
           (options.empty() ? "" : "?" + options);
  }
  return with_database(ready_uri_, database, options);
}

std::string TestMongoProcess::replset_uri(const std::string& database) const {
  return with_database(replset_uri_, database, "");
}

MongoTestServer& MongoTestServer::instance() {
  static MongoTestServer server;
  return server;
}

MongoTestServer::MongoTestServer() {
  if (const char* uri = std::getenv("MOVIEDB_TEST_MONGODB_URI"); uri && *uri) {
    external_uri_ = uri;
    return;
  }
  auto pattern = (std::filesystem::temp_directory_path() / "moviedb-test-mongo-XXXXXX").string();
  if (!mkdtemp(pattern.data())) throw std::runtime_error("mkdtemp failed");
  dir_ = pattern;
  process_ = std::make_unique<TestMongoProcess>(dir_);
}

MongoTestServer::~MongoTestServer() {
  process_.reset();
  std::error_code ignored;
  if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
}

std::string MongoTestServer::fresh_uri(const std::string& prefix, const std::string& options) {
  const auto name = prefix + "_" + std::to_string(getpid()) + "_" + std::to_string(++counter_);
  databases_.push_back(name);
  if (external()) return with_database(external_uri_, name, options);
  return process_->uri(name, options);
}

void MongoTestServer::drop_databases() {
  if (!external() || databases_.empty()) return;
  mongoc_init();
  mongoc_client_t* client = mongoc_client_new(external_uri_.c_str());
  if (!client) return;
  for (const auto& name : databases_) {
    mongoc_database_t* db = mongoc_client_get_database(client, name.c_str());
    bson_error_t error;
    if (!mongoc_database_drop(db, &error)) {
      std::cerr << "could not drop test database " << name << ": " << error.message << "\n";
    }
    mongoc_database_destroy(db);
  }
  mongoc_client_destroy(client);
  databases_.clear();
}

}  // namespace moviedb::test
