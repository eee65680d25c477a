#include "routes/interaction_routes.hpp"

#include <boost/json.hpp>

#include "http/errors.hpp"
#include "http/json_response.hpp"

namespace moviedb::routes {

namespace json = boost::json;
using domain::Role;
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

// Registers a route acting on the caller's state for movie {id}.
template <class Change>
void add_change(http::Router& router, Services& s, const char* method, const std::string& path,
                Change change) {
  router.add(method, path, Runs::on_worker, [&s, change](const auto& request, auto& p) {
    const auto user = require(s, request, Role::user);
    const auto& id = p.at("id");
    return result_response(change(request, user.id, id), id);
  });
}

}  // namespace

void add_interaction_routes(http::Router& router, Services& s) {
  const std::string movie = std::string(kApi) + "/movies/{id}";
  add_change(router, s, "PUT", movie + "/reaction", [&s](const auto& request, auto& user, auto& id) {
    return s.store.set_reaction(user, id, reaction_body(request));
  });
  add_change(router, s, "DELETE", movie + "/reaction", [&s](auto&, auto& user, auto& id) {
    return s.store.set_reaction(user, id, std::nullopt);
  });
  add_change(router, s, "PUT", movie + "/watched",
             [&s](auto&, auto& user, auto& id) { return s.store.set_watched(user, id, true); });
  add_change(router, s, "DELETE", movie + "/watched",
             [&s](auto&, auto& user, auto& id) { return s.store.set_watched(user, id, false); });
  add_change(router, s, "POST", movie + "/views",
             [&s](auto&, auto& user, auto& id) { return s.store.record_view(user, id); });

  router.add("GET", std::string(kApi) + "/me/interactions", Runs::on_worker,
             [&s](const auto& request, auto&) {
               const auto user = require(s, request, Role::user);
               const auto params = query_params(request);
               only_params(params, {"reaction", "watched", "page", "page_size"});
               store::InteractionQuery q;
               q.user_id = user.id;
               if (auto reaction = param(params, "reaction")) {
                 q.reaction = domain::parse_reaction(*reaction);
                 if (!q.reaction) {
                   throw domain::ValidationError("reaction", "must be like or dislike");
                 }
               }
               q.watched = bool_param(params, "watched");
               q.page = int_param(params, "page", 1, 1'000'000).value_or(1);
               q.page_size = int_param(params, "page_size", 1, 100).value_or(20);
               return http::json_response(200, domain::page_json(s.store.list_interactions(q)));
             });
}

}  // namespace moviedb::routes
