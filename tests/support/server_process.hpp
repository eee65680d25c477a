#pragma once
// Runs the real moviedb-api binary as a child process on an ephemeral loopback
// port, so integration tests exercise exactly what users run.
#include <sys/types.h>

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace moviedb::test {

std::string api_binary();

class ServerProcess {
 public:
  // Starts `moviedb-api serve --listen 127.0.0.1:0 <args>` and waits for its
  // "listening" line; throws if it exits or stays silent for 15 s.
  explicit ServerProcess(std::vector<std::string> args);
  ~ServerProcess();
  ServerProcess(const ServerProcess&) = delete;
  ServerProcess& operator=(const ServerProcess&) = delete;

  std::uint16_t port() const { return port_; }
  pid_t pid() const { return pid_; }
  // Sends `signal` and waits; the exit code, or nullopt if still running at timeout.
  std::optional<int> stop(int signal, std::chrono::milliseconds timeout);

 private:
  pid_t pid_ = -1;
  int stdout_fd_ = -1;
  std::uint16_t port_ = 0;
};

// Runs the binary to completion with these arguments; its exit code and output.
struct CommandResult {
  int exit_code;
  std::string output;  // stdout and stderr together
};
CommandResult run_api_command(const std::vector<std::string>& args);

}  // namespace moviedb::test
