#include "domain/movie_query.hpp"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "domain/text.hpp"
#include "domain/text_length.hpp"

namespace moviedb::domain {

namespace {

// from_chars for double is missing from Emscripten 3.1.6's libc++, and the
// client compiles this file too: strtod there (the C locale is the default).
template <class T>
bool parse_exact(const std::string& text, T& value) {
  if constexpr (std::is_floating_point_v<T>) {
    if (text.empty() || std::isspace(static_cast<unsigned char>(text.front()))) return false;
    char* end = nullptr;
    errno = 0;
    value = std::strtod(text.c_str(), &end);
    // ERANGE also flags an underflow (2.2e-313): a number all the same, ~0.
    const bool overflow = errno == ERANGE && std::fabs(value) == HUGE_VAL;
    return end == text.c_str() + text.size() && !overflow && std::isfinite(value);
  } else {
    const auto* end = text.data() + text.size();
    auto [ptr, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc{} && ptr == end;
  }
}

template <class T>
std::optional<T> parse_number(const std::string& key, const std::string& text, T min, T max,
                              std::vector<FieldError>& errors) {
  T value{};
  if (!parse_exact(text, value)) {
    errors.push_back({key, "must be a number"});
    return std::nullopt;
  }
  if (value < min || value > max) {
    errors.push_back({key, "must be between " + format_number(double(min)) + " and " +
                               format_number(double(max))});
    return std::nullopt;
  }
  return value;
}

void parse_sort(const std::string& text, MovieSort& sort, std::vector<FieldError>& errors) {
  const bool descending = text.starts_with('-');
  const auto field = descending ? text.substr(1) : text;
  const auto& allowed = sortable_movie_fields();
  if (std::find(allowed.begin(), allowed.end(), field) == allowed.end()) {
    std::string names;
    for (auto name : allowed) names += (names.empty() ? "" : ", ") + std::string(name);
    errors.push_back({"sort", "must be one of " + names + " (prefix '-' for descending)"});
    return;
  }
  sort = {field, descending};
}

void check_count(const std::string& key, const std::vector<std::string>& values, std::size_t max,
                 std::vector<FieldError>& errors) {
  if (values.size() > max) {
    errors.push_back({key, "at most " + std::to_string(max) + " different values"});
  }
}

// Every double has one spelling here (17 significant digits round-trip).
std::string exact_number(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.17g", value);
  return buffer;
}

void append_part(std::string& key, std::string_view name, std::string_view value) {
  key.append(name).append("=").append(std::to_string(value.size())).append(":").append(value);
}

void apply(MovieQuery& q, const std::string& key, const std::string& value,
           std::vector<FieldError>& errors) {
  check_length(key, value, kMaxQueryText, errors);
  if (key == "q") {
    q.q = trim(value);
  } else if (key == "type") {
    const auto upper = ascii_upper(trim(value));
    if (upper == "MOVIE" || upper == "SHOW") {
      q.type = upper;
    } else {
      errors.push_back({key, "must be MOVIE or SHOW"});
    }
  } else if (key == "genre") {
    q.genres.push_back(ascii_lower(trim(value)));
  } else if (key == "certification") {
    q.certifications.push_back(trim(value));
  } else if (key == "country") {
    q.countries.push_back(ascii_upper(trim(value)));
  } else if (key == "person") {
    q.person = trim(value);
  } else if (key == "actor") {
    q.actor = trim(value);
  } else if (key == "director") {
    q.director = trim(value);
  } else if (key == "year_min") {
    q.year_min = parse_number(key, value, 0, 3000, errors);
  } else if (key == "year_max") {
    q.year_max = parse_number(key, value, 0, 3000, errors);
  } else if (key == "score_min") {
    q.score_min = parse_number(key, value, 0.0, 10.0, errors);
  } else if (key == "sort") {
    parse_sort(value, q.sort, errors);
  } else if (key == "page") {
    q.page = parse_number<std::int64_t>(key, value, 1, 1'000'000, errors).value_or(1);
  } else if (key == "page_size") {
    q.page_size = parse_number<std::int64_t>(key, value, 1, kMaxPageSize, errors).value_or(20);
  } else {
    errors.push_back({key, "unknown query parameter"});
  }
}

}  // namespace

const std::vector<std::string_view>& sortable_movie_fields() {
  static const std::vector<std::string_view> fields{
      "imdb_score", "title",    "release_year", "imdb_votes", "likes",      "dislikes",
      "views",      "watched",  "runtime",      "tmdb_score", "tmdb_popularity", "created_at",
      "updated_at", "id"};
  return fields;
}

bool MovieQuery::has_filter() const {
  return !q.empty() || type || !genres.empty() || year_min || year_max || score_min ||
         !certifications.empty() || !countries.empty() || !person.empty() || !actor.empty() ||
         !director.empty();
}

std::int64_t MovieQuery::count_bound() const {
  return std::max(exact_total_up_to, offset() + page_size) + 1;
}

MovieQuery::CountedTotal MovieQuery::total_from(std::int64_t counted) const {
  const auto bound = count_bound();
  if (counted < bound) return {counted, true};
  return {bound - 1, false};
}

MovieQuery parse_movie_query(const QueryParams& params,
                             const std::vector<std::string_view>& extra_keys) {
  MovieQuery query;
  std::vector<FieldError> errors;
  for (const auto& [key, value] : params) {
    if (std::find(extra_keys.begin(), extra_keys.end(), key) != extra_keys.end()) continue;
    apply(query, key, value, errors);
  }
  // Lists mean "any of": order and repeats change nothing, so they are
  // sorted and deduplicated before they are counted, queried or cached.
  for (auto* list : {&query.genres, &query.certifications, &query.countries}) {
    std::sort(list->begin(), list->end());
    list->erase(std::unique(list->begin(), list->end()), list->end());
  }
  check_count("genre", query.genres, kMaxGenres, errors);
  check_count("certification", query.certifications, kMaxCertifications, errors);
  check_count("country", query.countries, kMaxCountries, errors);
  // year_min above year_max is an empty range, not an error: the schema
  // cannot relate two parameters, and no title matching is the honest answer.
  if (!errors.empty()) throw ValidationError(std::move(errors));
  return query;
}

}  // namespace moviedb::domain

namespace moviedb::domain {

std::string canonical_key(const MovieQuery& q) {
  std::string key;
  append_part(key, "q", q.q);
  append_part(key, "type", q.type.value_or(""));
  for (const auto& g : q.genres) append_part(key, "genre", g);
  for (const auto& c : q.certifications) append_part(key, "certification", c);
  for (const auto& c : q.countries) append_part(key, "country", c);
  append_part(key, "year_min", q.year_min ? std::to_string(*q.year_min) : "");
  append_part(key, "year_max", q.year_max ? std::to_string(*q.year_max) : "");
  append_part(key, "score_min", q.score_min ? exact_number(*q.score_min) : "");
  append_part(key, "person", q.person);
  append_part(key, "actor", q.actor);
  append_part(key, "director", q.director);
  append_part(key, "sort", (q.sort.descending ? "-" : "") + q.sort.field);
  append_part(key, "page", std::to_string(q.page));
  append_part(key, "page_size", std::to_string(q.page_size));
  append_part(key, "exclude", q.exclude_interacted_by);
  return key;
}

}  // namespace moviedb::domain
