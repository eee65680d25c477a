#include "routes/movie_routes.hpp"

#include <boost/json.hpp>

#include "auth/tokens.hpp"
#include "domain/credit_input.hpp"
#include "domain/movie_input.hpp"
#include "domain/text.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"

namespace moviedb::routes {

namespace json = boost::json;
using domain::Role;
using http::ApiError;
using http::Runs;

namespace {

domain::Movie existing_movie(Services& s, const std::string& id) {
  auto movie = s.store.find_movie(id);
  if (!movie) throw ApiError(404, "not_found", "no movie with id '" + id + "'");
  return std::move(*movie);
}

// Credits in a movie body: [{person_id?, name, character?, role}] of the
// title `movie_id` (empty while a new title's id is still to be made).
std::optional<std::vector<domain::Credit>> credits_input(const json::object& body,
                                                         const std::string& movie_id,
                                                         std::vector<domain::FieldError>& errors);

http::Response create_movie(Services& s, const http::Request& request) {
  const auto actor = require(s, request, Role::admin);
  const auto body = body_object(request);
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
  audit(s, actor, "create", "movies", {movie.id}, {{"title", movie.title}});
  auto response = http::json_response(201, movie_detail(s, movie, std::nullopt));
  response.set_header("Location", std::string(kApi) + "/movies/" + movie.id);
  return response;
}

http::Response patch_movie(Services& s, const http::Request& request, const std::string& id) {
  const auto actor = require(s, request, Role::admin);
  const auto body = body_object(request);
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
  audit(s, actor, "update", "movies", {id}, {{"fields", std::move(fields)}});
  return http::json_response(200, movie_detail(s, *updated, std::nullopt));
}

std::optional<std::vector<domain::Credit>> credits_input(const json::object& body,
                                                         const std::string& movie_id,
                                                         std::vector<domain::FieldError>& errors) {
  const auto* value = body.if_contains("credits");
  if (!value) return std::nullopt;
  return domain::credits_from_json(*value, movie_id, errors);
}

// Keys of kept answers. A title's page ignores the query string, so extra
// parameters cannot make copies of it.
std::string search_key(const domain::MovieQuery& query) {
  return "movies?" + domain::canonical_key(query);
}

std::string movie_key(std::string_view id) { return "movie/" + std::string(id); }

}  // namespace

json::object movie_detail(Services& s, const domain::Movie& movie,
                          const std::optional<domain::User>& viewer) {
  auto detail = json::value_from(movie).as_object();
  detail["credits"] = json::value_from(s.store.credits_of(movie.id));
  if (viewer)
    detail["viewer"] = domain::viewer_json(s.store.find_interaction(viewer->id, movie.id));
  return detail;
}

void add_movie_routes(http::Router& router, Services& s) {
  const std::string api(kApi);
  router.add("GET", api + "/movies", Runs::on_worker, [&s](const auto& request, auto&) {
    const auto query = domain::parse_movie_query(query_params(request));
    return s.responses.answer(s.store, request, search_key(query), [&] {
      return http::json_response(200, domain::page_json(s.store.search_movies(query)));
    });
  }, cached_answer(s, [](const http::Request& request) {
    return search_key(domain::parse_movie_query(query_params(request)));
  }));
  router.add("GET", api + "/movies/{id}", Runs::on_worker, [&s](const auto& request, auto& p) {
    auto detail = [&] {
      const auto viewer = caller(s, request);
      return http::json_response(200, movie_detail(s, existing_movie(s, p.at("id")), viewer));
    };
    // Signed-in callers also get their own interaction state.
    if (request.header("Authorization")) return detail();
    return s.responses.answer(s.store, request, movie_key(p.at("id")), detail);
  }, cached_answer_for_anonymous(s, [](const http::Request& request) {
    return movie_key(request.path.substr(request.path.rfind('/') + 1));
  }));
  router.add("POST", api + "/movies", Runs::on_worker,
             [&s](const auto& request, auto&) { return create_movie(s, request); });
  router.add("PATCH", api + "/movies/{id}", Runs::on_worker,
             [&s](const auto& request, auto& p) { return patch_movie(s, request, p.at("id")); });
  router.add("DELETE", api + "/movies/{id}", Runs::on_worker, [&s](const auto& request, auto& p) {
    const auto actor = require(s, request, Role::admin);
    const auto movie = existing_movie(s, p.at("id"));
    s.store.delete_movies({movie.id});
    audit(s, actor, "delete", "movies", {movie.id}, {{"title", movie.title}});
    return no_content();
  });
}

}  // namespace moviedb::routes
