#include "support/server_process.hpp"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <stdexcept>
#include <thread>

namespace moviedb::test {

std::string api_binary() {
  if (const char* from_env = std::getenv("MOVIEDB_API_BIN")) return from_env;
  return MOVIEDB_API_BIN_PATH;
}

namespace {

pid_t spawn(const std::vector<std::string>& args, int out_fd, bool merge_stderr) {
  std::vector<char*> argv;
  const auto binary = api_binary();
  argv.push_back(const_cast<char*>(binary.c_str()));
  for (const auto& arg : args) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  const pid_t pid = fork();
  if (pid == 0) {
    dup2(out_fd, STDOUT_FILENO);
    if (merge_stderr) dup2(out_fd, STDERR_FILENO);
    execv(argv[0], argv.data());
    _exit(127);
  }
  return pid;
}

// Reads what is available within `timeout`; empty at end of file or timeout.
std::string read_some(int fd, std::chrono::milliseconds timeout) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return {};
  char buffer[4096];
  const auto n = read(fd, buffer, sizeof buffer);
  return n > 0 ? std::string(buffer, static_cast<std::size_t>(n)) : std::string{};
}

std::optional<int> wait_for(pid_t pid, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  int status = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    if (waitpid(pid, &status, WNOHANG) == pid) {
      return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return std::nullopt;
}

}  // namespace

ServerProcess::ServerProcess(std::vector<std::string> args) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  args.insert(args.begin(), {"serve", "--listen", "127.0.0.1:0", "--access-log", "false"});
  pid_ = spawn(args, fds[1], false);
  close(fds[1]);
  stdout_fd_ = fds[0];
  std::string seen;
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(15);
  const std::string marker = "listening on http://127.0.0.1:";
  while (std::chrono::steady_clock::now() < deadline) {
    const auto chunk = read_some(stdout_fd_, std::chrono::milliseconds(200));
    seen += chunk;
    if (auto at = seen.find(marker); at != std::string::npos && seen.find('\n', at) != seen.npos) {
      port_ = static_cast<std::uint16_t>(std::stoi(seen.substr(at + marker.size())));
      return;
    }
    int status = 0;
    if (waitpid(pid_, &status, WNOHANG) == pid_) {
      pid_ = -1;
      throw std::runtime_error("moviedb-api exited before listening: " + seen);
    }
  }
  stop(SIGKILL, std::chrono::seconds(5));
  throw std::runtime_error("moviedb-api did not report its port: " + seen);
}

ServerProcess::~ServerProcess() {
  if (pid_ > 0 && !stop(SIGTERM, std::chrono::seconds(15))) stop(SIGKILL, std::chrono::seconds(5));
  if (stdout_fd_ >= 0) close(stdout_fd_);
}

std::optional<int> ServerProcess::stop(int signal, std::chrono::milliseconds timeout) {
  if (pid_ <= 0) return std::nullopt;
  kill(pid_, signal);
  auto code = wait_for(pid_, timeout);
  if (code) pid_ = -1;
  return code;
}

CommandResult run_api_command(const std::vector<std::string>& args) {
  int fds[2];
  if (pipe(fds) != 0) throw std::runtime_error("pipe failed");
  const pid_t pid = spawn(args, fds[1], true);
  close(fds[1]);
  std::string output;
  for (;;) {
    auto chunk = read_some(fds[0], std::chrono::seconds(30));
    if (chunk.empty()) break;
    output += chunk;
  }
  close(fds[0]);
  const auto code = wait_for(pid, std::chrono::seconds(30));
  return {code.value_or(-1), output};
}

}  // namespace moviedb::test
