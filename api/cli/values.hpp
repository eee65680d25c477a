#pragma once
// Parsers for flag values; each throws UsageError naming the flag.
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string>

namespace moviedb::cli {

struct ListenAddress {
  std::string host;
  std::uint16_t port;
};

// "127.0.0.1:8080", "[::1]:0", "localhost:8080".
ListenAddress parse_listen(const std::string& flag, const std::string& text);
// "1048576", "64KiB", "1MiB", "2GiB".
std::size_t parse_size(const std::string& flag, const std::string& text);
// "500ms", "10s", "2m"; a bare number is seconds.
std::chrono::milliseconds parse_duration(const std::string& flag, const std::string& text);
// A positive count, e.g. threads.
std::size_t parse_count(const std::string& flag, const std::string& text);

}  // namespace moviedb::cli
