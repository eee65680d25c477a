#include "import/netflix_format.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <charconv>
#include <cmath>

#include "domain/credit_input.hpp"
#include "domain/movie_input.hpp"
#include "domain/text.hpp"
#include "domain/utf8.hpp"
#include "import/import_report.hpp"

namespace moviedb::importer {

namespace json = boost::json;

namespace {

constexpr std::array<std::string_view, 15> kTitleColumns{
    "id",          "title",           "type",
    "description", "release_year",    "age_certification",
    "runtime",     "genres",          "production_countries",
    "seasons",     "imdb_id",         "imdb_score",
    "imdb_votes",  "tmdb_popularity", "tmdb_score"};
constexpr std::array<std::string_view, 5> kCreditColumns{"person_id", "id", "name", "character",
                                                         "role"};
constexpr std::array<std::string_view, 7> kNumberColumns{
    "release_year", "runtime",         "seasons",   "imdb_score",
    "imdb_votes",   "tmdb_popularity", "tmdb_score"};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// CSV cells are text; the domain checks numbers, so a number that does not
// parse is passed on as text and comes back as "must be a number".
json::value number_cell(std::string_view text) {
  const auto trimmed = domain::trim(text);
  if (trimmed.empty()) return nullptr;
  double value = 0;
  const auto [end, ec] = std::from_chars(trimmed.data(), trimmed.data() + trimmed.size(), value);
  if (ec != std::errc() || end != trimmed.data() + trimmed.size() || !std::isfinite(value)) {
    return json::string(trimmed);
  }
  // "1.0" seasons and "1092.0" votes: whole numbers written as floats.
  if (std::floor(value) == value && std::abs(value) < 9e15) return static_cast<std::int64_t>(value);
  return value;
}

}  // namespace

NetflixColumns::NetflixColumns(NetflixFile file, const std::vector<std::string>& header) {
  const auto name = std::string(netflix_file_name(file));
  for (const auto& raw : header) {
    auto column = domain::ascii_lower(domain::trim(raw));
    const bool known = file == NetflixFile::titles ? contains(kTitleColumns, column)
                                                   : contains(kCreditColumns, column);
    if (!known && !column.empty()) throw ImportFailed(name + ": unknown column '" + column + "'");
    names_.push_back(std::move(column));
  }
  const auto required = file == NetflixFile::titles
                            ? std::vector<std::string_view>{"id", "title"}
                            : std::vector<std::string_view>{"person_id", "id", "name", "role"};
  for (const auto column : required) {
    if (std::find(names_.begin(), names_.end(), column) == names_.end()) {
      throw ImportFailed(name + ": the header has no '" + std::string(column) + "' column");
    }
  }
}

std::string_view NetflixColumns::get(const CsvRecord& record, std::string_view name) const {
  const auto it = std::find(names_.begin(), names_.end(), name);
  const auto at = static_cast<std::size_t>(it - names_.begin());
  return at < record.fields.size() ? std::string_view(record.fields[at]) : std::string_view();
}

std::optional<NetflixFile> netflix_file_of(const std::vector<std::string>& header) {
  std::vector<std::string> names;
  for (const auto& column : header) names.push_back(domain::ascii_lower(domain::trim(column)));
  auto has = [&](std::string_view n) {
    return std::find(names.begin(), names.end(), n) != names.end();
  };
  if (has("person_id") && has("role")) return NetflixFile::credits;
  if (has("id") && has("title")) return NetflixFile::titles;
  return std::nullopt;
}

std::string_view netflix_file_name(NetflixFile file) {
  return file == NetflixFile::titles ? "titles.csv" : "credits.csv";
}

std::optional<std::vector<std::string>> parse_python_list(std::string_view text) {
  std::vector<std::string> items;
  const auto trimmed = domain::trim(text);
  if (trimmed.empty()) return items;
  if (trimmed.size() < 2 || trimmed.front() != '[' || trimmed.back() != ']') return std::nullopt;
  const std::string_view inner(trimmed.data() + 1, trimmed.size() - 2);
  std::size_t i = 0;
  auto skip_spaces = [&] {
    while (i < inner.size() && inner[i] == ' ') ++i;
  };
  skip_spaces();
  while (i < inner.size()) {
    const char quote = inner[i];
    if (quote != '\'' && quote != '"') return std::nullopt;
    std::string item;
    for (++i; i < inner.size() && inner[i] != quote; ++i) {
      if (inner[i] == '\\' && i + 1 < inner.size()) ++i;  // \' and \\ as Python writes them
      item.push_back(inner[i]);
    }
    if (i == inner.size()) return std::nullopt;  // unclosed quote
    ++i;
    items.push_back(std::move(item));
    skip_spaces();
    if (i == inner.size()) break;
    if (inner[i] != ',') return std::nullopt;
    ++i;
    skip_spaces();
  }
  return items;
}

store::MovieWithCredits netflix_title(const NetflixColumns& columns, const CsvRecord& record,
                                      std::vector<domain::FieldError>& errors) {
  json::object input;
  for (std::size_t i = 0; i < columns.names().size(); ++i) {
    const auto& column = columns.names()[i];
    if (column.empty()) continue;
    const std::string_view cell =
        i < record.fields.size() ? std::string_view(record.fields[i]) : "";
    if (!domain::valid_utf8(cell)) {
      errors.push_back({column, "must be valid UTF-8"});
    } else if (column == "genres" || column == "production_countries") {
      auto items = parse_python_list(cell);
      if (!items) {
        errors.push_back({column, "must be a list like ['drama', 'crime']"});
        continue;
      }
      json::array list;
      for (auto& item : *items) list.emplace_back(std::move(item));
      input[column] = std::move(list);
    } else if (contains(kNumberColumns, column)) {
      input[column] = number_cell(cell);
    } else if (!cell.empty()) {
      input[column] = cell;
    }
  }
  store::MovieWithCredits result;
  result.movie = domain::movie_from_input(input, errors);
  // Credits refer to titles by id, so titles.csv must name them.
  if (result.movie.id.empty()) errors.push_back({"id", "is required"});
  return result;
}

domain::Credit netflix_credit(const NetflixColumns& columns, const CsvRecord& record,
                              std::vector<domain::FieldError>& errors) {
  domain::Credit credit;
  credit.movie_id = domain::trim(columns.get(record, "id"));
  credit.person_id = columns.get(record, "person_id");
  credit.name = columns.get(record, "name");
  credit.character = columns.get(record, "character");
  credit.role = columns.get(record, "role");
  if (credit.movie_id.empty()) errors.push_back({"id", "is required"});
  return domain::checked_credit(std::move(credit), errors, "");
}

}  // namespace moviedb::importer
