#include "import/document_format.hpp"

#include <boost/json.hpp>

#include "domain/movie_input.hpp"
#include "import/credit_input.hpp"
#include "import/record_text.hpp"

namespace moviedb::importer {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxCredits = 5000;

}  // namespace

store::MovieWithCredits document_record(const json::object& document,
                                        std::vector<domain::FieldError>& errors) {
  store::MovieWithCredits record;
  static const domain::ExtraKeys kExtra{"credits"};
  record.movie = domain::movie_from_input(document, errors, kExtra);
  auto& movie = record.movie;
  if (movie.id.empty() && !movie.title.empty()) {
    movie.id = derived_id("", movie.title, movie.release_year);
  }
  const auto* credits = document.if_contains("credits");
  if (!credits || credits->is_null()) return record;
  if (!credits->is_array()) {
    errors.push_back({"credits", "must be an array of {person_id, name, character, role}"});
    return record;
  }
  if (credits->get_array().size() > kMaxCredits) {
    errors.push_back({"credits", "must have at most " + std::to_string(kMaxCredits) + " items"});
    return record;
  }
  record.credits.emplace();
  for (std::size_t i = 0; i < credits->get_array().size(); ++i) {
    record.credits->push_back(credit_from_json(credits->get_array()[i], movie.id, errors,
                                               "credits[" + std::to_string(i) + "]"));
  }
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
