#include "import/record_text.hpp"

#include <cstdint>
#include <cstdio>

#include "domain/text.hpp"

namespace moviedb::importer {

namespace {

constexpr std::size_t kMaxIdLength = 64;  // domain::valid_id's limit

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
  std::string name = domain::slug(title);
  if (name.empty()) name = hash_hex(title);
  const std::size_t room = kMaxIdLength - prefix.size() - suffix.size();
  if (name.size() > room) {
    name.resize(room);
    while (!name.empty() && name.back() == '-') name.pop_back();
  }
  return std::string(prefix) + name + suffix;
}

std::string describe(const std::vector<domain::FieldError>& errors) {
  std::string text;
  for (const auto& error : errors) {
    if (!text.empty()) text += "; ";
    text += error.field.empty() ? error.message : error.field + ": " + error.message;
  }
  return text;
}

bool valid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    const auto b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      ++i;
      continue;
    }
    std::size_t extra;
    std::uint32_t cp;
    if ((b & 0xE0) == 0xC0) {
      extra = 1, cp = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
      extra = 2, cp = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
      extra = 3, cp = b & 0x07;
    } else {
      return false;
    }
    if (i + extra >= text.size()) return false;
    for (std::size_t k = 1; k <= extra; ++k) {
      const auto c = static_cast<unsigned char>(text[i + k]);
      if ((c & 0xC0) != 0x80) return false;
      cp = (cp << 6) | (c & 0x3F);
    }
    // Overlong forms, UTF-16 surrogates and values past U+10FFFF are invalid.
    static constexpr std::uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
    if (cp < kMin[extra] || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF) return false;
    i += extra + 1;
  }
  return true;
}

}  // namespace moviedb::importer
