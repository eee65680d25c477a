#pragma once
// A real moviedb-api process over a temporary web root and SQLite file.
#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/temp_dir.hpp"

namespace moviedb::test {

class ServerTest : public ::testing::Test {
 protected:
  // Extra serve flags; the web root and store are always the temporary ones.
  void start(std::vector<std::string> flags = {}) {
    write_file(web_root() / "index.html", "<!doctype html><title>moviedb</title>");
    write_file(web_root() / "moviedb-client.wasm", std::string("\0asm\1\0\0\0", 8));
    write_file(web_root() / "moviedb-client.js", "console.log('client');");
    write_file(dir_.path() / "secret.txt", "outside the web root");
    flags.insert(flags.end(), {"--web-root", web_root().string(), "--store", store_uri()});
    server_ = std::make_unique<ServerProcess>(flags);
  }
  // SQLite in the temp dir, or the MongoDB that MOVIEDB_TEST_STORE names
  // (tests/mongo/with-test-server.sh), with a database per fixture that stays
  // the same across restarts within a test.
  std::string store_uri() const {
    const char* mongo = std::getenv("MOVIEDB_TEST_STORE");
    if (!mongo) return "sqlite:" + (dir_.path() / "db" / "moviedb.sqlite3").string();
    std::string uri = mongo;
    char name[32];
    std::snprintf(name, sizeof name, "it_%016zx", std::hash<std::string>{}(dir_.path().string()));
    uri.replace(uri.find("{db}"), 4, name);
    return uri;
  }
  static std::string adapter() { return std::getenv("MOVIEDB_TEST_STORE") ? "mongodb" : "sqlite"; }
  std::filesystem::path web_root() const { return dir_.path() / "web"; }
  std::uint16_t port() const { return server_->port(); }
  HttpResponse get(const std::string& target,
                   const std::vector<std::pair<std::string, std::string>>& headers = {}) {
    return http_request(port(), "GET", target, {}, headers);
  }

  TempDir dir_;
  std::unique_ptr<ServerProcess> server_;
};

}  // namespace moviedb::test
