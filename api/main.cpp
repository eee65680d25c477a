// moviedb-api: the API server and its command-line tools.
#include <iostream>
#include <string>
#include <vector>

#include "cli/import_command.hpp"
#include "cli/options.hpp"
#include "cli/serve_command.hpp"
#include "cli/user_command.hpp"
#include "moviedb/version.hpp"

namespace {

constexpr const char* kUsage =
    "usage: moviedb-api COMMAND [options]\n\n"
    "commands:\n"
    "  serve      serve the API and the web client\n"
    "  import     load movie files (vega, netflix, json, ndjson) into a store\n"
    "  user       manage accounts: user create\n"
    "  version    print the version\n\n"
    "Run 'moviedb-api COMMAND --help' for a command's options.\n"
    "Exit codes: 0 ok, 1 failure, 2 usage error.\n";

int dispatch(const std::string& command, const std::vector<std::string>& rest) {
  if (command == "serve") return moviedb::cli::run_serve(rest);
  if (command == "user") return moviedb::cli::run_user(rest);
  if (command == "import") return moviedb::cli::run_import(rest);
  if (command == "version") {
    std::cout << moviedb::kVersion << "\n";
    return 0;
  }
  if (command == "--help" || command == "-h" || command == "help") {
    std::cout << kUsage;
    return 0;
  }
  throw moviedb::cli::UsageError("unknown command '" + command + "'");
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << kUsage;
    return 2;
  }
  const std::vector<std::string> rest(argv + 2, argv + argc);
  try {
    return dispatch(argv[1], rest);
  } catch (const moviedb::cli::UsageError& e) {
    std::cerr << "moviedb-api: " << e.what() << "\n" << kUsage;
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "moviedb-api: " << e.what() << "\n";
    return 1;
  }
}
