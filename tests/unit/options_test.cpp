#include <gtest/gtest.h>

#include "cli/options.hpp"
#include "cli/values.hpp"

using namespace moviedb::cli;

namespace {

const std::vector<OptionSpec> kSpecs{
    {"listen", "MOVIEDB_LISTEN", "127.0.0.1:8080", "where"},
    {"dry-run", "", "false", "preview", true},
};

EnvLookup env_with(std::string name, std::string value) {
  return [=](const std::string& asked) -> std::optional<std::string> {
    return asked == name ? std::optional(value) : std::nullopt;
  };
}

const EnvLookup kNoEnv = [](const std::string&) { return std::optional<std::string>{}; };

}  // namespace

TEST(Options, FlagBeatsEnvironmentBeatsDefault) {
  const std::vector<std::string> none;
  EXPECT_EQ(parse_options(none, kSpecs, kNoEnv).get("listen"), "127.0.0.1:8080");
  const auto env = env_with("MOVIEDB_LISTEN", "0.0.0.0:9");
  EXPECT_EQ(parse_options(none, kSpecs, env).get("listen"), "0.0.0.0:9");
  const std::vector<std::string> args{"--listen", "127.0.0.1:1"};
  EXPECT_EQ(parse_options(args, kSpecs, env).get("listen"), "127.0.0.1:1");
  const std::vector<std::string> eq{"--listen=127.0.0.1:2"};
  EXPECT_EQ(parse_options(eq, kSpecs, env).get("listen"), "127.0.0.1:2");
}

TEST(Options, BooleanFlagsAndPositionals) {
  const std::vector<std::string> args{"file.json", "--dry-run", "other.json"};
  const auto parsed = parse_options(args, kSpecs, kNoEnv);
  EXPECT_TRUE(parsed.flag("dry-run"));
  EXPECT_EQ(parsed.positional, (std::vector<std::string>{"file.json", "other.json"}));
}

TEST(Options, UnknownOrIncompleteOptionsAreUsageErrors) {
  const std::vector<std::string> unknown{"--nope"};
  EXPECT_THROW(parse_options(unknown, kSpecs, kNoEnv), UsageError);
  const std::vector<std::string> missing{"--listen"};
  EXPECT_THROW(parse_options(missing, kSpecs, kNoEnv), UsageError);
}

TEST(Options, HelpListsEveryOptionWithItsVariable) {
  const auto help = format_help("moviedb-api serve", kSpecs);
  EXPECT_NE(help.find("--listen VALUE"), std::string::npos);
  EXPECT_NE(help.find("[env MOVIEDB_LISTEN]"), std::string::npos);
  EXPECT_NE(help.find("--dry-run"), std::string::npos);
}

TEST(Values, ListenAddresses) {
  EXPECT_EQ(parse_listen("listen", "127.0.0.1:8080").port, 8080);
  EXPECT_EQ(parse_listen("listen", "[::1]:0").host, "::1");
  EXPECT_THROW(parse_listen("listen", "127.0.0.1"), UsageError);
  EXPECT_THROW(parse_listen("listen", "127.0.0.1:70000"), UsageError);
  EXPECT_THROW(parse_listen("listen", "127.0.0.1:80x"), UsageError);
}

TEST(Values, SizesDurationsCounts) {
  EXPECT_EQ(parse_size("s", "1MiB"), 1u << 20);
  EXPECT_EQ(parse_size("s", "16KiB"), 16u << 10);
  EXPECT_EQ(parse_size("s", "42"), 42u);
  EXPECT_THROW(parse_size("s", "1MB"), UsageError);
  EXPECT_EQ(parse_duration("d", "500ms").count(), 500);
  EXPECT_EQ(parse_duration("d", "10s").count(), 10'000);
  EXPECT_EQ(parse_duration("d", "3").count(), 3'000);
  EXPECT_THROW(parse_duration("d", "ten"), UsageError);
  EXPECT_EQ(parse_count("c", "4"), 4u);
  EXPECT_THROW(parse_count("c", "0"), UsageError);
}
