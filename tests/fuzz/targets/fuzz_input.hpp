#pragma once
// Shared by the targets: the first byte of an input picks how the rest is cut
// into reads, so chunk boundaries fall everywhere a network read could put them.
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace moviedb::fuzz {

struct Input {
  std::size_t max_read;
  std::string_view data;
};

inline Input split_input(const std::uint8_t* bytes, std::size_t size) {
  if (size == 0) return {1, {}};
  const std::size_t max_read = 1 + bytes[0] % 64;
  return {max_read, std::string_view(reinterpret_cast<const char*>(bytes) + 1, size - 1)};
}

inline std::string_view as_text(const std::uint8_t* bytes, std::size_t size) {
  return {reinterpret_cast<const char*>(bytes), size};
}

}  // namespace moviedb::fuzz
