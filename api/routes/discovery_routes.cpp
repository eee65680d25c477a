#include "routes/discovery_routes.hpp"

#include <boost/json.hpp>

#include "http/errors.hpp"
#include "http/json_response.hpp"
#include "services/recommendations.hpp"

namespace moviedb::routes {

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

std::string catalog_key(const http::Request& request) {
  const auto params = query_params(request);
  if (bool_param(params, "exclude_interacted").value_or(false)) {
    throw ApiError(400, "not_kept", "answers without the caller's titles are never kept");
  }
  return "catalog?limit=" + std::to_string(catalog_limit(params));
}

std::string genres_key(const http::Request& request) {
  only_params(query_params(request), {});
  return "genres";
}

http::Response catalog(Services& s, const http::Request& request) {
  const auto params = query_params(request);
  domain::MovieQuery q;
  q.page_size = catalog_limit(params);
  // One page of the ranking: the list shape, with the total over all pages.
  auto items = [&] {
    return http::json_response(200, domain::page_json(s.store.search_movies(q)));
  };
  if (bool_param(params, "exclude_interacted").value_or(false)) {
    q.exclude_interacted_by = require(s, request, Role::user).id;
    return items();
  }
  return s.responses.answer(s.store, request, catalog_key(request), items);
}

http::Response recommendations(Services& s, const http::Request& request) {
  const auto user = require(s, request, Role::user);
  const auto params = query_params(request);
  only_params(params, {"type", "genre", "actor", "director", "page_size"});
  const auto limit = int_param(params, "page_size", 1, domain::kMaxPageSize);
  domain::QueryParams preferences;
  for (const auto& [key, value] : params) {
    if (key != "page_size") preferences.emplace_back(key, value);
  }
  json::array items;
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
      200, {{"items", std::move(items)}, {"page", 1}, {"page_size", page_size}, {"total", total}});
}

}  // namespace

void add_discovery_routes(http::Router& router, Services& s) {
  const std::string api(kApi);
  // The catalog without the caller's titles is never kept: a kept one suits everyone.
  router.add(
      "GET", api + "/catalog", Runs::on_worker,
      [&s](const auto& request, auto&) { return catalog(s, request); },
      cached_answer(s, catalog_key));
  router.add("GET", api + "/recommendations", Runs::on_worker,
             [&s](const auto& request, auto&) { return recommendations(s, request); });
  router.add(
      "GET", api + "/genres", Runs::on_worker,
      [&s](const auto& request, auto&) {
        return s.responses.answer(s.store, request, genres_key(request), [&] {
          return http::json_response(200, {{"items", json::value_from(s.store.genres())}});
        });
      },
      cached_answer(s, genres_key));
  router.add("GET", api + "/people", Runs::on_worker, [&s](const auto& request, auto&) {
    const auto params = query_params(request);
    only_params(params, {"q", "page", "page_size"});
    const auto q = text_param(params, "q", domain::kMaxQueryText).value_or("");
    return http::json_response(
        200, domain::page_json(s.store.search_people(
                 q, int_param(params, "page", 1, 1'000'000).value_or(1),
                 int_param(params, "page_size", 1, domain::kMaxPageSize).value_or(20))));
  });
  router.add("GET", api + "/people/{id}", Runs::on_worker, [&s](const auto&, auto& p) {
    const auto person = s.store.find_person(p.at("id"));
    if (!person) throw ApiError(404, "not_found", "no person with id '" + p.at("id") + "'");
    return http::json_response(200,
                               {{"id", person->id},
                                {"name", person->name},
                                {"credits", json::value_from(s.store.filmography(person->id))}});
  });
}

}  // namespace moviedb::routes
