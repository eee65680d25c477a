#include "domain/movie_fields.hpp"

namespace moviedb::domain {

const std::vector<MovieField>& movie_fields() {
  constexpr double kMoney = 1e13;
  static const std::vector<MovieField> fields{
      {"id", &Movie::id, true, 0, 0, 64},
      {"title", &Movie::title, true, 0, 0, 500},
      {"type", &Movie::type, true, 0, 0, 5},
      {"description", &Movie::description, true, 0, 0, 10000},
      {"release_year", &Movie::release_year, true, 1870, 2100},
      {"age_certification", &Movie::age_certification, true, 0, 0, 16},
      {"runtime", &Movie::runtime, true, 0, 10000},
      {"genres", &Movie::genres, true, 0, 0, 20},
      {"production_countries", &Movie::production_countries, true, 0, 0, 50},
      {"seasons", &Movie::seasons, true, 0, 1000},
      {"imdb_id", &Movie::imdb_id, true, 0, 0, 16},
      {"imdb_score", &Movie::imdb_score, true, 0, 10},
      {"imdb_votes", &Movie::imdb_votes, true, 0, 1e10},
      {"tmdb_popularity", &Movie::tmdb_popularity, true, 0, 1e7},
      {"tmdb_score", &Movie::tmdb_score, true, 0, 10},
      {"us_gross", &Movie::us_gross, true, 0, kMoney},
      {"worldwide_gross", &Movie::worldwide_gross, true, 0, kMoney},
      {"us_dvd_sales", &Movie::us_dvd_sales, true, 0, kMoney},
      {"production_budget", &Movie::production_budget, true, 0, kMoney},
      {"rotten_tomatoes_rating", &Movie::rotten_tomatoes_rating, true, 0, 100},
      {"release_date", &Movie::release_date, true, 0, 0, 32},
      {"distributor", &Movie::distributor, true, 0, 0, 200},
      {"source", &Movie::source, true, 0, 0, 200},
      {"creative_type", &Movie::creative_type, true, 0, 0, 200},
      {"likes", &Movie::likes, false},
      {"dislikes", &Movie::dislikes, false},
      {"watched", &Movie::watched, false},
      {"views", &Movie::views, false},
      {"created_at", &Movie::created_at, false},
      {"updated_at", &Movie::updated_at, false},
      {"version", &Movie::version, false},
  };
  return fields;
}

const MovieField* find_movie_field(std::string_view name) {
  for (const auto& field : movie_fields()) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

}  // namespace moviedb::domain
