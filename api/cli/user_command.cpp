#include "cli/user_command.hpp"

#include <iostream>

#include "auth/auth_service.hpp"
#include "cli/options.hpp"
#include "http/errors.hpp"
#include "store/store.hpp"

namespace moviedb::cli {

namespace {

std::vector<OptionSpec> user_options() {
  return {
      {"store", "MOVIEDB_STORE", "sqlite:./data/moviedb.sqlite3", "store URI"},
      {"username", "", "", "the new account's name"},
      {"role", "", "user", "user, admin or superadmin"},
      {"display-name", "", "", "shown instead of the username"},
      {"password-stdin", "", "false", "read the password from standard input", true},
  };
}

std::string read_password() {
  std::string password;
  std::getline(std::cin, password);
  if (!password.empty() && password.back() == '\r') password.pop_back();
  return password;
}

}  // namespace

int run_user(std::span<const std::string> args) {
  const auto specs = user_options();
  const auto usage = "moviedb-api user create --username NAME [--role ROLE] --password-stdin";
  const auto options = parse_options(args, specs);
  if (options.help) {
    std::cout << format_help(usage, specs);
    return 0;
  }
  if (options.positional != std::vector<std::string>{"create"}) {
    throw UsageError("expected 'user create'");
  }
  if (!options.flag("password-stdin")) {
    throw UsageError("--password-stdin is required (passwords never go on the command line)");
  }
  const auto role = domain::parse_role(options.get("role"));
  if (!role) throw UsageError("--role must be user, admin or superadmin");
  auto store = store::open_store(options.get("store"), 1);
  auth::AuthService auth(*store, {});
  try {
    const auto user = auth.create_user(options.get("username"), read_password(), *role,
                                       options.get("display-name"));
    std::cout << "created " << domain::to_string(user.role) << " " << user.username << " ("
              << user.id << ")\n";
  } catch (const domain::ValidationError& e) {
    throw std::runtime_error(e.what());
  }
  return 0;
}

}  // namespace moviedb::cli
