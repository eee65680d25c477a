#include "domain/text.hpp"

#include <cctype>
#include <cstdio>

namespace moviedb::domain {

namespace {

// ASCII folds of U+00C0..U+00FF and U+0100..U+017F (' ' where the sign is no letter).
constexpr std::string_view kLatin1 =
    "AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty";
constexpr std::string_view kLatinExtendedA =
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRr"
    "SsSsSsSsTtTtTtUuUuUuUuUuUuWwYyyZzZzZzs";
static_assert(kLatin1.size() == 64 && kLatinExtendedA.size() == 128);

// Decodes one UTF-8 sequence at `i`; invalid bytes decode as themselves.
char32_t next_code_point(std::string_view s, std::size_t& i) {
  const auto b = static_cast<unsigned char>(s[i++]);
  int extra = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
  char32_t cp = extra == 3 ? b & 0x07 : extra == 2 ? b & 0x0F : extra == 1 ? b & 0x1F : b;
  for (; extra > 0 && i < s.size(); --extra) {
    const auto c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) break;
    cp = (cp << 6) | (c & 0x3F);
    ++i;
  }
  return cp;
}

}  // namespace

std::string trim(std::string_view text) {
  const auto first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = text.find_last_not_of(" \t\r\n");
  return std::string(text.substr(first, last - first + 1));
}

std::string ascii_lower(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string ascii_upper(std::string_view text) {
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

std::string format_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

std::vector<std::string> search_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  auto flush = [&] {
    if (!word.empty()) words.push_back(std::move(word));
    word.clear();
  };
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t start = i;
    const char32_t cp = next_code_point(text, i);
    char folded = 0;
    if (cp < 0x80) {
      folded = std::isalnum(static_cast<int>(cp)) ? static_cast<char>(std::tolower(int(cp))) : ' ';
    } else if (cp >= 0xC0 && cp <= 0xFF) {
      folded = static_cast<char>(std::tolower(kLatin1[cp - 0xC0]));
    } else if (cp >= 0x100 && cp <= 0x17F) {
      folded = static_cast<char>(std::tolower(kLatinExtendedA[cp - 0x100]));
    } else if (cp < 0xC0) {
      folded = ' ';  // Latin-1 punctuation and symbols
    }
    if (folded == ' ') {
      flush();
    } else if (folded) {
      word.push_back(folded);
    } else {
      word.append(text.substr(start, i - start));  // other scripts stay as written
    }
  }
  flush();
  return words;
}

std::string slug(std::string_view text) {
  std::string out;
  for (const auto& word : search_words(text)) {
    if (!out.empty()) out.push_back('-');
    for (char c : word) {
      if (std::isalnum(static_cast<unsigned char>(c))) out.push_back(c);
    }
  }
  return out;
}

}  // namespace moviedb::domain
