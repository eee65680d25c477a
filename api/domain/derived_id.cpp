#include "domain/derived_id.hpp"

#include <cstdint>
#include <cstdio>

#include "domain/text.hpp"

namespace moviedb::domain {

namespace {

constexpr std::size_t kMaxIdLength = 64;  // valid_id's limit

std::string hash_hex(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ull;  // FNV-1a: stable across builds and platforms
  for (unsigned char c : text) hash = (hash ^ c) * 1099511628211ull;
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(hash));
  return buffer;
}

}  // namespace

std::string derived_id(std::string_view prefix, std::string_view title, std::optional<int> year) {
  const std::string suffix = year ? "-" + std::to_string(*year) : std::string();
  std::string name = slug(title);
  if (name.empty()) name = hash_hex(title);
  const std::size_t room = kMaxIdLength - prefix.size() - suffix.size();
  if (name.size() > room) {
    name.resize(room);
    while (!name.empty() && name.back() == '-') name.pop_back();
  }
  return std::string(prefix) + name + suffix;
}

std::string person_id_for(std::string_view name) {
  return derived_id("", name, std::nullopt);
}

}  // namespace moviedb::domain
