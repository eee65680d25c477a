#include "routes/discovery_routes.hpp"

#include <boost/json.hpp>
#include <vector>

#include "domain/api_paths.hpp"
#include "domain/page.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"
#include "json_text/movie_json.hpp"
#include "services/recommendations.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

namespace json = boost::json;
using domain::Role;
using http::ApiError;
using http::Runs;

namespace {

// The catalog's size; also the name its kept answer goes by.
std::int64_t catalog_limit(const domain::QueryParams& params) {
  only_params(params, {"limit", "exclude_interacted"});
  return int_param(params, "limit", 1, domain::kMaxPageSize).value_or(100);
}

// The catalog without the caller's titles is never kept: a kept one suits everyone.
std::optional<std::string> catalog_key(const http::Request& request, const http::PathParams&) {
  const auto params = query_params(request);
  const auto limit = catalog_limit(params);
  if (bool_param(params, "exclude_interacted").value_or(false)) return std::nullopt;
  return "catalog?limit=" + std::to_string(limit);
}

std::optional<std::string> genres_key(const http::Request& request, const http::PathParams&) {
  only_params(query_params(request), {});
  return "genres";
}

http::Response catalog(Services& s, const Call& call) {
  const auto params = query_params(call.request);
  domain::MovieQuery q;
  q.page_size = catalog_limit(params);
  if (bool_param(params, "exclude_interacted").value_or(false)) {
    q.exclude_interacted_by = require(s, call.request, Role::user).id;
  }
  // One page of the ranking: the list shape, with the total over all pages.
  return http::json_body_response(200, json_text::movies_page_json(s.store.search_movies(q)));
}

http::Response recommendations(Services& s, const Call& call) {
  const auto& user = call.user();
  const auto params = query_params(call.request);
  only_params(params, {"type", "genre", "actor", "director", "page_size"});
  const auto limit = int_param(params, "page_size", 1, domain::kMaxPageSize);
  domain::QueryParams preferences;
  for (const auto& [key, value] : params) {
    if (key != "page_size") preferences.emplace_back(key, value);
  }
  std::vector<json::object> items;
  const auto page_size = limit.value_or(preferences.empty() ? 20 : 3);
  if (!preferences.empty()) {
    auto prefs = domain::parse_movie_query(preferences);
    prefs.exclude_interacted_by = user.id;
    for (const auto& movie : services::preference_search(s.store, prefs, page_size)) {
      auto item = json::value_from(movie).as_object();
      item["reason"] = "matches your preferences";
      items.push_back(std::move(item));
    }
  } else {
    for (const auto& r : services::recommend(s.store, user, page_size)) {
      auto item = json::value_from(r.movie).as_object();
      item["reason"] = r.reason;
      items.push_back(std::move(item));
    }
  }
  // A ranking has one page: total is what it holds.
  const auto total = static_cast<std::int64_t>(items.size());
  return http::json_response(
      200, domain::page_json(domain::Page<json::object>{std::move(items), 1, page_size, total}));
}

http::Response genres(Services& s, const Call&) {
  return http::json_response(200, {{"items", json::value_from(s.store.genres())}});
}

http::Response people(Services& s, const Call& call) {
  const auto params = query_params(call.request);
  only_params(params, {"q", "page", "page_size"});
  const auto q = text_param(params, "q", domain::kMaxQueryText).value_or("");
  return http::json_response(
      200, domain::page_json(s.store.search_people(
               q, int_param(params, "page", 1, 1'000'000).value_or(1),
               int_param(params, "page_size", 1, domain::kMaxPageSize).value_or(20))));
}

http::Response person(Services& s, const Call& call) {
  const auto& id = call.param("id");
  const auto person = s.store.find_person(id);
  if (!person) throw ApiError(404, "not_found", "no person with id '" + id + "'");
  return http::json_response(200, {{"id", person->id},
                                   {"name", person->name},
                                   {"credits", json::value_from(s.store.filmography(person->id))}});
}

const RouteSpec kRoutes[] = {
    {.method = "GET",
     .path = paths::kCatalog,
     .access = Access::anyone_or_signed_in,
     .runs = Runs::on_worker,
     .handle = catalog,
     .doc = {.id = "getCatalog",
             .tag = "discovery",
             .summary = "Top titles by score",
             .access_note = "`exclude_interacted=true` needs a token",
             .description = "The best titles by IMDb score. With `exclude_interacted=true` a "
                            "signed-in caller gets only titles they have not reacted to, watched "
                            "or viewed; without a token that gets 401.",
             .details = R"json({
  "parameters": [
    {"name": "limit", "in": "query", "description": "How many titles.", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 100}},
    {"name": "exclude_interacted", "in": "query", "description": "Hide titles the caller interacted with (needs a token).", "schema": {"type": "boolean", "default": false}}
  ],
  "responses": {
    "200": {"description": "The first `limit` titles, best first; `total` counts every title that qualifies.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoviePage"}}}}
  }
})json"},
     .kept = {.key = catalog_key}},
    {.method = "GET",
     .path = paths::kRecommendations,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = recommendations,
     .doc = {.id = "getRecommendations",
             .tag = "discovery",
             .summary = "Personalised recommendations or preference search",
             .description =
                 "Without filters: titles chosen from the genres and people of what the caller "
                 "liked and watched, excluding titles they already reacted to, best first. With "
                 "any of `type`, `genre`, `actor`, `director`: the preference search, the top "
                 "titles by score matching all of them (3 unless `page_size` says otherwise). "
                 "Each item carries a `reason`.",
             .details = R"json({
  "parameters": [
    {"name": "type", "in": "query", "description": "Only movies or only shows.", "schema": {"type": "string", "enum": ["MOVIE", "SHOW"]}},
    {"name": "genre", "in": "query", "description": "Genre; repeat for any of several.", "style": "form", "explode": true, "schema": {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 200}}},
    {"name": "actor", "in": "query", "description": "An actor's name words.", "schema": {"type": "string", "maxLength": 200}, "example": "de niro"},
    {"name": "director", "in": "query", "description": "A director's name words.", "schema": {"type": "string", "maxLength": 200}, "example": "scorsese"},
    {"name": "page_size", "in": "query", "description": "How many titles (default 20; 3 for the preference search).", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}
  ],
  "responses": {
    "200": {"description": "Recommended titles, best first.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecommendationPage"}}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kGenres,
     .access = Access::anyone,
     .runs = Runs::on_worker,
     .handle = genres,
     .doc = {.id = "listGenres",
             .tag = "discovery",
             .summary = "Genres with title counts",
             .description =
                 "Every genre with its number of titles (for facets and filter pickers).",
             .details = R"json({
  "responses": {
    "200": {"description": "The genres.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GenreList"}}}}
  }
})json"},
     .kept = {.key = genres_key}},
    {.method = "GET",
     .path = paths::kPeople,
     .access = Access::anyone,
     .runs = Runs::on_worker,
     .handle = people,
     .doc = {.id = "searchPeople",
             .tag = "discovery",
             .summary = "Search cast and crew",
             .description = "By name words (case- and accent-insensitive, the last word as a "
                            "prefix); without `q`, everyone by name.",
             .details = R"json({
  "parameters": [
    {"name": "q", "in": "query", "description": "Name words.", "schema": {"type": "string", "maxLength": 200}, "example": "de niro"},
    {"$ref": "#/components/parameters/Page"},
    {"$ref": "#/components/parameters/PageSize"}
  ],
  "responses": {
    "200": {"description": "A page of people.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PersonPage"}}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kPerson,
     .access = Access::anyone,
     .runs = Runs::on_worker,
     .handle = person,
     .doc = {.id = "getPerson",
             .tag = "discovery",
             .summary = "A person's filmography",
             .description = "The person with every credit, each with `movie_title` and "
                            "`release_year`.",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/PersonId"}
  ],
  "responses": {
    "200": {"description": "The person.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PersonDetail"}}}}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> discovery_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
