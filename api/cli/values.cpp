#include "cli/values.hpp"

#include <charconv>

#include "cli/options.hpp"

namespace moviedb::cli {

namespace {

// Splits "123unit" into its number and unit; throws when there is no number.
std::pair<std::uint64_t, std::string> number_and_unit(const std::string& flag,
                                                      const std::string& text) {
  std::uint64_t number = 0;
  const auto* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, number);
  if (ec != std::errc{} || ptr == text.data()) {
    throw UsageError("--" + flag + ": '" + text + "' is not a number");
  }
  return {number, std::string(ptr, end)};
}

}  // namespace

ListenAddress parse_listen(const std::string& flag, const std::string& text) {
  const auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) {
    throw UsageError("--" + flag + ": expected HOST:PORT, got '" + text + "'");
  }
  std::string host = text.substr(0, colon);
  if (host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  const auto [port, rest] = number_and_unit(flag, text.substr(colon + 1));
  if (!rest.empty() || port > 65535) {
    throw UsageError("--" + flag + ": invalid port in '" + text + "'");
  }
  return {host, static_cast<std::uint16_t>(port)};
}

std::size_t parse_size(const std::string& flag, const std::string& text) {
  const auto [number, unit] = number_and_unit(flag, text);
  if (unit.empty() || unit == "B") return number;
  if (unit == "KiB") return number << 10;
  if (unit == "MiB") return number << 20;
  if (unit == "GiB") return number << 30;
  throw UsageError("--" + flag + ": unknown size unit '" + unit + "' (use B, KiB, MiB, GiB)");
}

std::chrono::milliseconds parse_duration(const std::string& flag, const std::string& text) {
  const auto [number, unit] = number_and_unit(flag, text);
  if (unit == "ms") return std::chrono::milliseconds(number);
  if (unit.empty() || unit == "s") return std::chrono::seconds(number);
  if (unit == "m") return std::chrono::minutes(number);
  throw UsageError("--" + flag + ": unknown duration unit '" + unit + "' (use ms, s, m)");
}

std::size_t parse_count(const std::string& flag, const std::string& text) {
  const auto [number, unit] = number_and_unit(flag, text);
  if (!unit.empty() || number == 0) {
    throw UsageError("--" + flag + ": expected a positive whole number, got '" + text + "'");
  }
  return number;
}

}  // namespace moviedb::cli
