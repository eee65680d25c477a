#include <signal.h>

#include "integration/server_fixture.hpp"

using namespace moviedb::test;
using namespace std::chrono_literals;

class Lifecycle : public ServerTest {};

TEST_F(Lifecycle, ShutdownFinishesInFlightRequestsAndClosesIdleOnes) {
  start();
  HttpConnection idle(port());
  idle.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
  ASSERT_TRUE(idle.read_response());

  HttpConnection in_flight(port());
  in_flight.send("GET /readyz HTTP/1.1\r\nHost: x\r\n");  // headers not finished yet
  std::this_thread::sleep_for(200ms);
  kill(server_->pid(), SIGTERM);
  std::this_thread::sleep_for(200ms);
  EXPECT_TRUE(idle.wait_closed(2s));
  in_flight.send("\r\n");
  const auto response = in_flight.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 200);
  EXPECT_EQ(response->header("Connection"), "close");
  EXPECT_EQ(server_->stop(0, 5s), 0);
}

TEST_F(Lifecycle, NoNewConnectionsAfterShutdown) {
  start();
  const auto port_number = port();
  EXPECT_EQ(server_->stop(SIGINT, 5s), 0);
  EXPECT_THROW(HttpConnection{port_number}, std::runtime_error);
}

TEST(Cli, HelpAndUsageErrors) {
  const auto help = run_api_command({"serve", "--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.output.find("[env MOVIEDB_LISTEN]"), std::string::npos);
  EXPECT_EQ(run_api_command({"--help"}).exit_code, 0);
  EXPECT_EQ(run_api_command({}).exit_code, 2);
  EXPECT_EQ(run_api_command({"frobnicate"}).exit_code, 2);
  const auto bad = run_api_command({"serve", "--listen", "nowhere"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.output.find("--listen"), std::string::npos);
}

TEST(Cli, FailuresExit1WithOneLineReason) {
  TempDir dir;
  const auto no_web = run_api_command({"serve", "--listen", "127.0.0.1:0", "--web-root",
                                       (dir.path() / "missing").string(), "--store",
                                       "sqlite:" + (dir.path() / "db.sqlite3").string()});
  EXPECT_EQ(no_web.exit_code, 1);
  EXPECT_NE(no_web.output.find("has no index.html"), std::string::npos);
  const auto bad_store = run_api_command(
      {"serve", "--listen", "127.0.0.1:0", "--web-root", "", "--store", "redis://x"});
  EXPECT_EQ(bad_store.exit_code, 1);
  EXPECT_NE(bad_store.output.find("unsupported store URI"), std::string::npos);
  const auto monitor_on_sqlite = run_api_command(
      {"serve", "--listen", "127.0.0.1:0", "--web-root", "", "--store",
       "sqlite:" + (dir.path() / "db.sqlite3").string(), "--monitor-store", "mongodb://x/admin"});
  EXPECT_EQ(monitor_on_sqlite.exit_code, 1);
  EXPECT_NE(monitor_on_sqlite.output.find("MongoDB store only"), std::string::npos);
}

TEST(Cli, EnvironmentConfiguresServe) {
  TempDir dir;
  write_file(dir.path() / "web" / "index.html", "<html>");
  setenv("MOVIEDB_WEB_ROOT", (dir.path() / "web").c_str(), 1);
  setenv("MOVIEDB_STORE", ("sqlite:" + (dir.path() / "db.sqlite3").string()).c_str(), 1);
  ServerProcess server({});
  unsetenv("MOVIEDB_WEB_ROOT");
  unsetenv("MOVIEDB_STORE");
  EXPECT_EQ(http_request(server.port(), "GET", "/").body, "<html>");
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "db.sqlite3"));
}
