#include "import/vega_format.hpp"

#include <array>
#include <boost/json.hpp>
#include <charconv>
#include <cstdio>

#include "domain/credit_input.hpp"
#include "domain/derived_id.hpp"
#include "domain/movie_input.hpp"
#include "domain/text.hpp"

namespace moviedb::importer {

namespace json = boost::json;

namespace {

struct KeyMap {
  std::string_view vega;
  std::string_view api;
};

// Keys copied as they are; "Release Date", "Major Genre" and "Director" are
// converted below.
constexpr std::array<KeyMap, 13> kCopied{{
    {"Title", "title"},
    {"US Gross", "us_gross"},
    {"Worldwide Gross", "worldwide_gross"},
    {"US DVD Sales", "us_dvd_sales"},
    {"Production Budget", "production_budget"},
    {"MPAA Rating", "age_certification"},
    {"Running Time min", "runtime"},
    {"Distributor", "distributor"},
    {"Source", "source"},
    {"Creative Type", "creative_type"},
    {"Rotten Tomatoes Rating", "rotten_tomatoes_rating"},
    {"IMDB Rating", "imdb_score"},
    {"IMDB Votes", "imdb_votes"},
}};

constexpr std::array<KeyMap, 3> kConverted{{
    {"Release Date", "release_date"},
    {"Major Genre", "genres"},
    {"Director", "director"},
}};

std::string_view vega_key_of(std::string_view api_field) {
  for (const auto& map : kCopied) {
    if (map.api == api_field) return map.vega;
  }
  for (const auto& map : kConverted) {
    if (map.api == api_field) return map.vega;
  }
  if (api_field == "release_year") return "Release Date";
  return api_field;
}

// The vega file's dates went through a two-digit-year parse: films from 1915
// to 1946 carry 2015 to 2046. The data set was compiled around 2010, so a year
// past 2012 is such a film and belongs a century earlier.
constexpr int kLastVegaYear = 2012;

int repaired_year(int year) {
  return year > kLastVegaYear ? year - 100 : year;
}

int parse_int(std::string_view text) {
  int value = -1;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() ? value : -1;
}

std::string iso_date(int year, int month, int day) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
  return buffer;
}

}  // namespace

std::optional<std::string> vega_date(std::string_view text) {
  static constexpr std::array<std::string_view, 12> kMonths{
      "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  int year = -1, month = -1, day = -1;
  if (text.size() == 11 && text[3] == ' ' && text[6] == ' ') {  // "Jun 12 1998"
    for (std::size_t m = 0; m < kMonths.size(); ++m) {
      if (text.substr(0, 3) == kMonths[m]) month = static_cast<int>(m) + 1;
    }
    day = parse_int(text.substr(4, 2));
    year = parse_int(text.substr(7, 4));
  } else if (text.size() == 10 && text[4] == '-' && text[7] == '-') {  // "1998-06-12"
    year = parse_int(text.substr(0, 4));
    month = parse_int(text.substr(5, 2));
    day = parse_int(text.substr(8, 2));
  }
  if (year < 1000 || month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  return iso_date(repaired_year(year), month, day);
}

bool looks_like_vega(const json::object& first_record) {
  return first_record.contains("Title");
}

store::MovieWithCredits vega_record(const json::object& record,
                                    std::vector<domain::FieldError>& errors) {
  json::object input;
  std::vector<domain::FieldError> problems;
  std::string director;
  for (const auto& [key, value] : record) {
    if (key == "Title" && (value.is_number())) {
      input["title"] = json::serialize(value);  // "1776", "1941": titles that parse as numbers
      continue;
    }
    bool known = false;
    for (const auto& map : kCopied) {
      if (map.vega == key) {
        input[map.api] = value;
        known = true;
      }
    }
    if (known) continue;
    if (key == "Release Date") {
      if (value.is_null()) continue;
      const auto date = value.is_string() ? vega_date(value.get_string()) : std::nullopt;
      if (!date) {
        problems.push_back({"release_date", "must be a date like \"Jun 12 1998\""});
        continue;
      }
      input["release_date"] = *date;
      input["release_year"] = parse_int(std::string_view(*date).substr(0, 4));
    } else if (key == "Major Genre") {
      if (!value.is_null()) input["genres"] = json::array{value};
    } else if (key == "Director") {
      if (value.is_string()) {
        director = value.get_string();
      } else if (!value.is_null()) {
        problems.push_back({"director", "must be a string"});
      }
    } else {
      problems.push_back({std::string(key), "unknown field"});
    }
  }
  input["type"] = "MOVIE";

  store::MovieWithCredits result;
  result.movie = domain::movie_from_input(input, problems);
  auto& movie = result.movie;
  if (!movie.title.empty()) movie.id = domain::derived_id("vega-", movie.title, movie.release_year);
  if (!domain::trim(director).empty()) {
    domain::Credit credit;
    credit.movie_id = movie.id;
    credit.name = director;
    credit.role = "DIRECTOR";
    result.credits = std::vector{domain::checked_credit(std::move(credit), problems, "director")};
  }
  for (auto& problem : problems) {
    const auto dot = problem.field.find('.');
    const auto field = std::string_view(problem.field).substr(0, dot);
    errors.push_back({std::string(vega_key_of(field)), std::move(problem.message)});
  }
  return result;
}

}  // namespace moviedb::importer
