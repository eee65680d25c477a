#pragma once
// Flag parsing shared by every subcommand: `--name value` or `--name=value`,
// each flag falling back to its environment variable, then to its default.
#include <functional>
#include <map>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <vector>

namespace moviedb::cli {

struct OptionSpec {
  std::string name;  // without the leading dashes
  std::string env;   // e.g. MOVIEDB_LISTEN; empty: no variable
  std::string default_value;
  std::string help;
  bool is_flag = false;  // takes no value; "true" when given
};

// A command line that cannot be obeyed: exit code 2.
class UsageError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct ParsedOptions {
  std::map<std::string, std::string> values;
  std::vector<std::string> positional;
  bool help = false;

  const std::string& get(const std::string& name) const;
  bool flag(const std::string& name) const;
};

using EnvLookup = std::function<std::optional<std::string>(const std::string&)>;
std::optional<std::string> process_env(const std::string& name);

ParsedOptions parse_options(std::span<const std::string> args, const std::vector<OptionSpec>& specs,
                            const EnvLookup& env = process_env);

std::string format_help(const std::string& usage, const std::vector<OptionSpec>& specs);

}  // namespace moviedb::cli
