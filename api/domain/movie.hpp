#pragma once
// A title (movie or show) as it travels on the wire. Optional fields are absent
// or null in JSON; counters are maintained by the store, never by clients.
#include <boost/json/fwd.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace moviedb::domain {

struct Movie {
  std::string id;
  std::string title;
  std::string type = "MOVIE";  // MOVIE or SHOW
  std::string description;
  std::optional<int> release_year;
  std::string age_certification;
  std::optional<int> runtime;  // minutes
  std::vector<std::string> genres;
  std::vector<std::string> production_countries;
  std::optional<int> seasons;
  std::string imdb_id;
  std::optional<double> imdb_score;
  std::optional<std::int64_t> imdb_votes;
  std::optional<double> tmdb_popularity;
  std::optional<double> tmdb_score;
  // Box office and critics (vega's movies.json carries these).
  std::optional<std::int64_t> us_gross;
  std::optional<std::int64_t> worldwide_gross;
  std::optional<std::int64_t> us_dvd_sales;
  std::optional<std::int64_t> production_budget;
  std::optional<int> rotten_tomatoes_rating;
  std::string release_date;
  std::string distributor;
  std::string source;
  std::string creative_type;
  // Interaction counters.
  std::int64_t likes = 0;
  std::int64_t dislikes = 0;
  std::int64_t watched = 0;
  std::int64_t views = 0;
  std::string created_at;
  std::string updated_at;
  std::int64_t version = 0;
};

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Movie& movie);
Movie tag_invoke(const boost::json::value_to_tag<Movie>&, const boost::json::value& in);

}  // namespace moviedb::domain
