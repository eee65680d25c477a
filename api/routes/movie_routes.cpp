#include "routes/movie_routes.hpp"

#include <boost/json.hpp>

#include "auth/tokens.hpp"
#include "domain/api_paths.hpp"
#include "domain/credit_input.hpp"
#include "domain/movie_input.hpp"
#include "domain/text.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"
#include "json_text/movie_json.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

namespace json = boost::json;
using http::ApiError;
using http::Runs;

namespace {

ApiError no_movie(const std::string& id) {
  return ApiError(404, "not_found", "no movie with id '" + id + "'");
}

domain::Movie existing_movie(Services& s, const std::string& id) {
  auto movie = s.store.find_movie(id);
  if (!movie) throw no_movie(id);
  return std::move(*movie);
}

// Credits in a movie body: [{person_id?, name, character?, role}] of the
// title `movie_id` (empty while a new title's id is still to be made).
std::optional<std::vector<domain::Credit>> credits_input(const json::object& body,
                                                         const std::string& movie_id,
                                                         std::vector<domain::FieldError>& errors);

http::Response create_movie(Services& s, const Call& call) {
  const auto body = body_object(call.request);
  std::vector<domain::FieldError> errors;
  auto movie = domain::movie_from_input(body, errors, {"credits"});
  auto credits = credits_input(body, movie.id, errors);
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
  if (movie.id.empty()) movie.id = auth::new_id("m");
  try {
    movie = s.store.insert_movie(movie);
  } catch (const store::StoreConflict&) {
    throw ApiError(409, "duplicate_id", "a movie with id '" + movie.id + "' exists",
                   {{"id", "is taken"}});
  }
  if (credits) s.store.replace_credits(movie.id, *credits);
  audit(s, call.user(), "create", "movies", {movie.id}, {{"title", movie.title}});
  auto response = http::json_body_response(201, movie_detail(s, movie, std::nullopt));
  response.set_header("Location", paths::fill_path(paths::kMovie, {movie.id}));
  return response;
}

http::Response patch_movie(Services& s, const Call& call) {
  const auto& id = call.param("id");
  const auto body = body_object(call.request);
  const auto* version = body.if_contains("version");
  if (!version || !version->is_int64()) {
    throw domain::ValidationError("version",
                                  "is required: the version you edited, for conflict detection");
  }
  auto movie = existing_movie(s, id);
  std::vector<domain::FieldError> errors;
  domain::apply_movie_patch(movie, body, errors, {"credits"});
  auto credits = credits_input(body, id, errors);
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
  std::optional<domain::Movie> updated;
  try {
    updated = s.store.update_movie(movie, version->get_int64());
  } catch (const store::StoreConflict& e) {
    throw ApiError(409, "stale_version", e.what(), {{"version", "is stale: reload and retry"}});
  }
  if (!updated) throw ApiError(404, "not_found", "no movie with id '" + id + "'");
  if (credits) s.store.replace_credits(id, *credits);
  json::array fields;
  for (const auto& [key, value] : body) {
    if (key != "version") fields.emplace_back(key);
  }
  audit(s, call.user(), "update", "movies", {id}, {{"fields", std::move(fields)}});
  return http::json_body_response(200, movie_detail(s, *updated, std::nullopt));
}

std::optional<std::vector<domain::Credit>> credits_input(const json::object& body,
                                                         const std::string& movie_id,
                                                         std::vector<domain::FieldError>& errors) {
  const auto* value = body.if_contains("credits");
  if (!value) return std::nullopt;
  return domain::credits_from_json(*value, movie_id, errors);
}

}  // namespace

std::string movie_detail(Services& s, const domain::Movie& movie,
                         const std::optional<domain::User>& viewer) {
  return movie_detail(s, {movie, json_text::credits_json(s.store.credits_of(movie.id))}, viewer);
}

std::string movie_detail(Services& s, const store::MovieDetail& found,
                         const std::optional<domain::User>& viewer) {
  json::object more;
  if (viewer)
    more["viewer"] = domain::viewer_json(s.store.find_interaction(viewer->id, found.movie.id));
  std::string text;
  text.reserve(2048);  // a movie page with a few credits is about 1.5 KB
  json_text::append_json(text, found.movie, found.credits_json, more);
  return text;
}

namespace {

http::Response search_movies(Services& s, const Call& call) {
  const auto query = domain::parse_movie_query(query_params(call.request));
  return http::json_body_response(200, json_text::movies_page_json(s.store.search_movies(query)));
}

http::Response get_movie(Services& s, const Call& call) {
  const auto viewer = caller(s, call.request);  // signed-in callers also get their own state
  const auto& id = call.param("id");
  const auto found = s.store.find_movie_detail(id);
  if (!found) throw no_movie(id);
  return http::json_body_response(200, movie_detail(s, *found, viewer));
}

http::Response delete_movie(Services& s, const Call& call) {
  const auto movie = existing_movie(s, call.param("id"));
  s.store.delete_movies({movie.id});
  audit(s, call.user(), "delete", "movies", {movie.id}, {{"title", movie.title}});
  return no_content();
}

// Kept answers: a search page under its normalised query; a title's page
// ignores the query string, so extra parameters cannot make copies of it.
std::optional<std::string> search_key(const http::Request& request, const http::PathParams&) {
  return "movies?" + domain::canonical_key(domain::parse_movie_query(query_params(request)));
}

std::optional<std::string> movie_key(const http::Request&, const http::PathParams& path) {
  return "movie/" + path.at("id");
}

const RouteSpec kRoutes[] = {
    {.method = "GET",
     .path = paths::kMovies,
     .access = Access::anyone,
     .runs = Runs::on_worker,
     .handle = search_movies,
     .doc = {.id = "searchMovies",
             .tag = "movies",
             .summary = "Search and browse titles",
             .description =
                 "Filters combine with AND; the values of a repeated filter combine with OR.",
             .movie_filters = true,
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/Page"},
    {"$ref": "#/components/parameters/PageSize"}
  ],
  "responses": {
    "200": {"description": "A page of titles.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoviePage"}}}}
  }
})json"},
     .kept = {.key = search_key}},
    {.method = "GET",
     .path = paths::kMovie,
     .access = Access::anyone_or_signed_in,
     .runs = Runs::on_worker,
     .handle = get_movie,
     .doc = {.id = "getMovie",
             .tag = "movies",
             .summary = "A title with its credits",
             .access_note = "with a token also the caller's state",
             .description = "Always includes `credits`; for a signed-in caller also `viewer` "
                            "(their reaction, watched mark and views). A token that is sent "
                            "must be valid (401 otherwise).",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/MovieId"}
  ],
  "responses": {
    "200": {"description": "The title.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MovieDetail"}}}}
  }
})json"},
     // Among a million titles most pages are asked for once, and a page
     // costs less to build than to keep and evict.
     .kept = {.key = movie_key,
              .anonymous_only = true,
              .keep = http::ResponseCache::Keep::when_asked_twice},
     .point_read = true},
    {.method = "POST",
     .path = paths::kMovies,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = create_movie,
     .doc = {.id = "createMovie",
             .tag = "movies",
             .summary = "Create a title",
             .description = "The server chooses the id when the body has none; `credits` sets "
                            "the title's cast and crew. Audited.",
             .details = R"json({
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MovieInput"}, "example": {"title": "Taxi Driver", "type": "MOVIE", "release_year": 1976, "genres": ["crime", "drama"], "imdb_score": 8.2}}}},
  "responses": {
    "201": {"description": "Created (`version` 1), with its credits.", "headers": {"Location": {"description": "The new title's URL.", "schema": {"type": "string"}, "example": "/api/v1/movies/tm84618"}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MovieDetail"}}}},
    "409": {"$ref": "#/components/responses/Conflict"}
  }
})json"}},
    {.method = "PATCH",
     .path = paths::kMovie,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = patch_movie,
     .doc = {.id = "updateMovie",
             .tag = "movies",
             .summary = "Edit a title",
             .description =
                 "Changes only the fields present (null clears an optional field); `credits`, "
                 "when present, replaces the title's credits. `version` must be the title's "
                 "current version: a stale one gets 409 (`stale_version`) and nothing changes. "
                 "The id cannot change. Audited.",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/MovieId"}
  ],
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoviePatch"}, "example": {"version": 3, "imdb_score": 8.3}}}},
  "responses": {
    "200": {"description": "The edited title (`version` one higher), with its credits.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MovieDetail"}}}},
    "409": {"$ref": "#/components/responses/Conflict"}
  }
})json"}},
    {.method = "DELETE",
     .path = paths::kMovie,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = delete_movie,
     .doc = {.id = "deleteMovie",
             .tag = "movies",
             .summary = "Delete a title",
             .description = "Deletes the title with its credits and everyone's interactions "
                            "with it. Audited.",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/MovieId"}
  ],
  "responses": {
    "204": {"description": "Deleted."}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> movie_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
