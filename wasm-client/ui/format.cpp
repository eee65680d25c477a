#include "ui/format.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace moviedb::client::ui {

namespace {

// A total the server stopped counting at: more than it.
std::string_view more_mark(bool exact) {
  return exact ? "" : "+";
}

}  // namespace

std::string thousands(std::int64_t n) {
  const bool negative = n < 0;
  std::string digits = std::to_string(negative ? -n : n);
  std::string out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return negative ? "-" + out : out;
}

std::string count_of(std::int64_t n, std::string_view one, std::string_view many) {
  return count_of(n, true, one, many);
}

std::string count_of(std::int64_t n, bool exact, std::string_view one, std::string_view many) {
  return thousands(n, exact) + " " + std::string(n == 1 && exact ? one : many);
}

std::string thousands(std::int64_t n, bool exact) {
  return thousands(n) + std::string(more_mark(exact));
}

std::string bare_count(std::int64_t n, bool exact) {
  return std::to_string(n) + std::string(more_mark(exact));
}

std::string money(std::int64_t dollars) {
  char buffer[32];
  const double d = static_cast<double>(dollars);
  if (dollars >= 1'000'000'000) {
    std::snprintf(buffer, sizeof buffer, "$%.2f B", d / 1e9);
  } else if (dollars >= 1'000'000) {
    std::snprintf(buffer, sizeof buffer, "$%.1f M", d / 1e6);
  } else if (dollars >= 1'000) {
    std::snprintf(buffer, sizeof buffer, "$%.0f K", d / 1e3);
  } else {
    std::snprintf(buffer, sizeof buffer, "$%lld", static_cast<long long>(dollars));
  }
  return buffer;
}

std::string score(double value) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.1f", value);
  return buffer;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const auto& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

std::string day_of(std::string_view iso_time) {
  return std::string(iso_time.substr(0, std::min<std::size_t>(10, iso_time.size())));
}

std::string type_label(std::string_view type) {
  if (type == "MOVIE") return "Movie";
  if (type == "SHOW") return "Show";
  return std::string(type);
}

std::string genre_label(std::string_view genre) {
  std::string out(genre);
  if (!out.empty() && std::islower(static_cast<unsigned char>(out[0]))) {
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  }
  return out;
}

std::string genre_list(const std::vector<std::string>& genres) {
  std::vector<std::string> labels;
  labels.reserve(genres.size());
  for (const auto& g : genres) labels.push_back(genre_label(g));
  return join(labels);
}

std::string facts_line(const domain::Movie& m) {
  std::vector<std::string> parts;
  if (m.release_year) parts.push_back(std::to_string(*m.release_year));
  if (!m.type.empty()) parts.push_back(type_label(m.type));
  if (m.runtime && *m.runtime > 0) parts.push_back(std::to_string(*m.runtime) + " min");
  if (m.seasons && *m.seasons > 0) {
    parts.push_back(count_of(*m.seasons, "season", "seasons"));
  }
  if (!m.age_certification.empty()) parts.push_back(m.age_certification);
  return join(parts, " · ");
}

std::string location_text(const net::DocumentLocation& where) {
  std::string text;
  if (!where.shard.empty()) {
    text = "on " + where.shard;
    if (!where.chunk_min.empty()) text += ", chunk " + where.chunk_min + " to " + where.chunk_max;
  } else if (where.sharded.value_or(false)) {
    text = "no chunk holds its key";
  }
  if (!where.note.empty()) text += text.empty() ? where.note : " (" + where.note + ")";
  if (!where.credits_shard.empty()) text += " · its credits on " + where.credits_shard;
  return text;
}

}  // namespace moviedb::client::ui
