#include "import/document_format.hpp"

#include <boost/json.hpp>

#include "domain/credit_input.hpp"
#include "domain/derived_id.hpp"
#include "domain/movie_input.hpp"

namespace moviedb::importer {

namespace json = boost::json;

store::MovieWithCredits document_record(const json::object& document,
                                        std::vector<domain::FieldError>& errors) {
  store::MovieWithCredits record;
  static const domain::ExtraKeys kExtra{"credits", "_id"};
  record.movie = domain::movie_from_input(document, errors, kExtra);
  auto& movie = record.movie;
  if (movie.id.empty() && !movie.title.empty()) {
    movie.id = domain::derived_id("", movie.title, movie.release_year);
  }
  const auto* credits = document.if_contains("credits");
  if (!credits || credits->is_null()) return record;
  record.credits = domain::credits_from_json(*credits, movie.id, errors);
  return record;
}

std::string document_id(const json::object& document) {
  for (const auto* key : {"id", "_id"}) {
    if (const auto* id = document.if_contains(key); id && id->is_string()) {
      return std::string(id->get_string());
    }
  }
  return {};
}

}  // namespace moviedb::importer
