#include "cli/options.hpp"

#include <algorithm>
#include <cstdlib>

namespace moviedb::cli {

const std::string& ParsedOptions::get(const std::string& name) const { return values.at(name); }

bool ParsedOptions::flag(const std::string& name) const {
  auto it = values.find(name);
  return it != values.end() && (it->second == "true" || it->second == "1" || it->second == "yes");
}

std::optional<std::string> process_env(const std::string& name) {
  const char* value = std::getenv(name.c_str());
  if (!value) return std::nullopt;
  return std::string(value);
}

namespace {

const OptionSpec& find_spec(const std::vector<OptionSpec>& specs, const std::string& name) {
  auto it = std::find_if(specs.begin(), specs.end(), [&](const auto& s) { return s.name == name; });
  if (it == specs.end()) throw UsageError("unknown option --" + name);
  return *it;
}

}  // namespace

ParsedOptions parse_options(std::span<const std::string> args, const std::vector<OptionSpec>& specs,
                            const EnvLookup& env) {
  ParsedOptions parsed;
  for (const auto& spec : specs) {
    auto from_env = spec.env.empty() ? std::nullopt : env(spec.env);
    parsed.values[spec.name] = from_env ? *from_env : spec.default_value;
  }
  for (std::size_t i = 0; i < args.size(); ++i) {
    const auto& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      parsed.help = true;
      continue;
    }
    if (!arg.starts_with("--") || arg == "--") {
      parsed.positional.push_back(arg);
      continue;
    }
    const auto eq = arg.find('=');
    const auto name = arg.substr(2, eq == std::string::npos ? std::string::npos : eq - 2);
    const auto& spec = find_spec(specs, name);
    if (spec.is_flag) {
      parsed.values[name] = eq == std::string::npos ? "true" : arg.substr(eq + 1);
    } else if (eq != std::string::npos) {
      parsed.values[name] = arg.substr(eq + 1);
    } else if (i + 1 < args.size()) {
      parsed.values[name] = args[++i];
    } else {
      throw UsageError("option --" + name + " needs a value");
    }
  }
  return parsed;
}

std::string format_help(const std::string& usage, const std::vector<OptionSpec>& specs) {
  std::string text = "usage: " + usage + "\n\noptions:\n";
  for (const auto& spec : specs) {
    std::string left = "  --" + spec.name + (spec.is_flag ? "" : " VALUE");
    left.resize(std::max<std::size_t>(left.size() + 2, 28), ' ');
    text += left + spec.help;
    if (!spec.default_value.empty()) text += " (default: " + spec.default_value + ")";
    if (!spec.env.empty()) text += " [env " + spec.env + "]";
    text += "\n";
  }
  text += "  --help                    show this help\n";
  return text;
}

}  // namespace moviedb::cli
