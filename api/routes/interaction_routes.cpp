#include "routes/interaction_routes.hpp"

#include <boost/json.hpp>

#include "domain/api_paths.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

namespace json = boost::json;
using http::ApiError;
using http::Runs;

namespace {

http::Response result_response(const std::optional<store::InteractionResult>& result,
                               const std::string& movie_id) {
  if (!result) throw ApiError(404, "not_found", "no movie with id '" + movie_id + "'");
  return http::json_response(200, {{"movie_id", movie_id},
                                   {"viewer", domain::viewer_json(result->interaction)},
                                   {"likes", result->likes},
                                   {"dislikes", result->dislikes},
                                   {"watched", result->watched},
                                   {"views", result->views}});
}

domain::Reaction reaction_body(const http::Request& request) {
  const auto body = body_object(request);
  only_members(body, {"reaction"});
  const auto* value = body.if_contains("reaction");
  const auto reaction =
      value && value->is_string() ? domain::parse_reaction(value->get_string()) : std::nullopt;
  if (!reaction) throw domain::ValidationError("reaction", "must be \"like\" or \"dislike\"");
  return *reaction;
}

// Changes to the caller's state for movie {id}.
http::Response set_reaction(Services& s, const Call& call) {
  const auto& id = call.param("id");
  return result_response(s.store.set_reaction(call.user().id, id, reaction_body(call.request)), id);
}

http::Response clear_reaction(Services& s, const Call& call) {
  const auto& id = call.param("id");
  return result_response(s.store.set_reaction(call.user().id, id, std::nullopt), id);
}

http::Response mark_watched(Services& s, const Call& call) {
  const auto& id = call.param("id");
  return result_response(s.store.set_watched(call.user().id, id, true), id);
}

http::Response unmark_watched(Services& s, const Call& call) {
  const auto& id = call.param("id");
  return result_response(s.store.set_watched(call.user().id, id, false), id);
}

http::Response record_view(Services& s, const Call& call) {
  const auto& id = call.param("id");
  return result_response(s.store.record_view(call.user().id, id), id);
}

http::Response my_interactions(Services& s, const Call& call) {
  const auto params = query_params(call.request);
  only_params(params, {"reaction", "watched", "page", "page_size"});
  store::InteractionQuery q;
  q.user_id = call.user().id;
  if (auto reaction = param(params, "reaction")) {
    q.reaction = domain::parse_reaction(*reaction);
    if (!q.reaction) throw domain::ValidationError("reaction", "must be like or dislike");
  }
  q.watched = bool_param(params, "watched");
  q.page = int_param(params, "page", 1, 1'000'000).value_or(1);
  q.page_size = int_param(params, "page_size", 1, 100).value_or(20);
  return http::json_response(200, domain::page_json(s.store.list_interactions(q)));
}

// The documentation of a change without a body.
constexpr std::string_view kChange = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/MovieId"}
  ],
  "responses": {
    "200": {"description": "The caller's new state and the title's counters.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionResult"}}}}
  }
})json";

const RouteSpec kRoutes[] = {
    {.method = "PUT",
     .path = paths::kMovieReaction,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = set_reaction,
     .doc = {.id = "setReaction",
             .tag = "interactions",
             .summary = "Like or dislike a title",
             .description = "Sets the caller's reaction; like and dislike exclude each other, so "
                            "switching moves the count. Idempotent.",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/MovieId"}
  ],
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReactionBody"}}}},
  "responses": {
    "200": {"description": "The caller's new state and the title's counters.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionResult"}}}}
  }
})json"}},
    {.method = "DELETE",
     .path = paths::kMovieReaction,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = clear_reaction,
     .doc = {.id = "clearReaction",
             .tag = "interactions",
             .summary = "Clear the caller's reaction",
             .description = "Idempotent.",
             .details = kChange}},
    {.method = "PUT",
     .path = paths::kMovieWatched,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = mark_watched,
     .doc = {.id = "markWatched",
             .tag = "interactions",
             .summary = "Mark a title watched",
             .description = "No body. Idempotent.",
             .details = kChange}},
    {.method = "DELETE",
     .path = paths::kMovieWatched,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = unmark_watched,
     .doc = {.id = "unmarkWatched",
             .tag = "interactions",
             .summary = "Unmark a title as watched",
             .description = "Idempotent.",
             .details = kChange}},
    {.method = "POST",
     .path = paths::kMovieViews,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = record_view,
     .doc = {.id = "recordView",
             .tag = "interactions",
             .summary = "Record a click-to-view",
             .description = "No body. Adds one to the caller's `views` and the title's `views`.",
             .details = kChange}},
    {.method = "GET",
     .path = paths::kMyInteractions,
     .access = Access::signed_in,
     .runs = Runs::on_worker,
     .handle = my_interactions,
     .doc = {.id = "listMyInteractions",
             .tag = "interactions",
             .summary = "The caller's interactions",
             .description = "The caller's state for every title they reacted to, watched or "
                            "viewed, each with `movie_title`.",
             .details = R"json({
  "parameters": [
    {"name": "reaction", "in": "query", "description": "Only titles with this reaction.", "schema": {"type": "string", "enum": ["like", "dislike"]}},
    {"name": "watched", "in": "query", "description": "Only titles marked watched (`true`) or not (`false`).", "schema": {"type": "boolean"}},
    {"$ref": "#/components/parameters/Page"},
    {"$ref": "#/components/parameters/PageSize"}
  ],
  "responses": {
    "200": {"description": "A page of interactions.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionPage"}}}}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> interaction_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
