#include "routes/admin_data_routes.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "domain/movie_input.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"
#include "http/json_text.hpp"
#include "routes/csv_export.hpp"

namespace moviedb::routes {

namespace json = boost::json;
using domain::Role;
using http::ApiError;
using http::Runs;

namespace {

constexpr std::int64_t kExportLimit = 1'000'000;
constexpr std::int64_t kDeleteBatch = 5'000;

// Stored times are ISO 8601 UTC text and compare as text, so a bound must
// have the same shape: YYYY-MM-DD, optionally Thh:mm[:ss[.fraction]] and Z.
// The OpenAPI `Since`/`Until` pattern says exactly this.
bool iso_utc(std::string_view text) {
  auto digits = [&](std::size_t at, std::size_t n) {
    if (text.size() < at + n) return false;
    for (std::size_t i = at; i < at + n; ++i) {
      if (text[i] < '0' || text[i] > '9') return false;
    }
    return true;
  };
  auto number = [&](std::size_t at) { return (text[at] - '0') * 10 + (text[at + 1] - '0'); };
  if (!digits(0, 4) || text.size() < 10 || text[4] != '-' || !digits(5, 2) || text[7] != '-' ||
      !digits(8, 2) || number(5) < 1 || number(5) > 12 || number(8) < 1 || number(8) > 31) {
    return false;
  }
  std::size_t at = 10;
  if (at == text.size()) return true;
  if (text[at] != 'T' || !digits(at + 1, 2) || text.size() < at + 6 || text[at + 3] != ':' ||
      !digits(at + 4, 2) || number(at + 1) > 23 || number(at + 4) > 59) {
    return false;
  }
  at += 6;
  if (at < text.size() && text[at] == ':') {
    if (!digits(at + 1, 2) || number(at + 1) > 59) return false;
    at += 3;
    if (at < text.size() && text[at] == '.') {
      const auto start = ++at;
      while (at < text.size() && at - start < 9 && digits(at, 1)) ++at;
      if (at == start) return false;
    }
  }
  if (at < text.size() && text[at] == 'Z') ++at;
  return at == text.size();
}

std::string iso_param(const domain::QueryParams& params, std::string_view key) {
  auto value = param(params, key).value_or("");
  if (!value.empty() && !iso_utc(value)) {
    throw domain::ValidationError(std::string(key),
                                  "must be an ISO 8601 UTC date or date-time, e.g. 2024-05-01 or "
                                  "2024-05-01T12:00:00Z");
  }
  return value;
}

http::Response interactions(Services& s, const http::Request& request) {
  require(s, request, Role::admin);
  const auto params = query_params(request);
  only_params(params, {"user", "movie", "kind", "since", "until", "page", "page_size"});
  store::InteractionQuery q;
  if (auto user = text_param(params, "user", 200)) {
    // Accept a username where an id was expected: people type names.
    const auto by_name = s.store.find_user_by_name(*user);
    q.user_id = by_name ? by_name->user.id : *user;
  }
  const auto movie = param(params, "movie");
  q.movie_id = movie.value_or("");
  if (movie && !domain::valid_id(q.movie_id)) {
    throw domain::ValidationError("movie",
                                  "must be a title's id (1-64 letters, digits, '-', "
                                  "'_', '.', ':')");
  }
  const auto kind = param(params, "kind").value_or("");
  if (kind == "like" || kind == "dislike") {
    q.reaction = domain::parse_reaction(kind);
  } else if (kind == "watched") {
    q.watched = true;
  } else if (kind == "viewed") {
    q.viewed_only = true;
  } else if (!kind.empty()) {
    throw domain::ValidationError("kind", "must be like, dislike, watched or viewed");
  }
  q.since = iso_param(params, "since");
  q.until = iso_param(params, "until");
  q.page = int_param(params, "page", 1, 1'000'000).value_or(1);
  q.page_size = int_param(params, "page_size", 1, domain::kMaxPageSize).value_or(20);
  return http::json_response(200, domain::page_json(s.store.list_interactions(q)));
}

http::Response audit_log(Services& s, const http::Request& request) {
  require(s, request, Role::admin);
  const auto params = query_params(request);
  only_params(params, {"actor", "action", "collection", "since", "until", "page", "page_size"});
  store::AuditQuery q{text_param(params, "actor", 200).value_or(""),
                      text_param(params, "action", 64).value_or(""),
                      text_param(params, "collection", 64).value_or(""),
                      iso_param(params, "since"),
                      iso_param(params, "until"),
                      int_param(params, "page", 1, 1'000'000).value_or(1),
                      int_param(params, "page_size", 1, domain::kMaxPageSize).value_or(50)};
  return http::json_response(200, domain::page_json(s.store.list_audit(q)));
}

http::Response export_movies(Services& s, const http::Request& request) {
  require(s, request, Role::admin);
  const auto params = query_params(request);
  const auto format = param(params, "format").value_or("json");
  if (format != "json" && format != "csv") {
    throw domain::ValidationError("format", "must be json or csv");
  }
  auto q = domain::parse_movie_query(params, {"format"});
  q.page_size = 1000;
  http::Response response;
  response.body = format == "csv" ? csv_header() : "[";
  std::int64_t written = 0;
  for (q.page = 1; written < kExportLimit; ++q.page) {
    const auto page = s.store.search_movies(q);
    for (const auto& movie : page.items) {
      if (format == "csv") {
        response.body += csv_row(movie);
      } else {
        response.body += (written ? ",\n" : "\n") + http::json_text(json::value_from(movie));
      }
      ++written;
    }
    if (static_cast<std::int64_t>(page.items.size()) < q.page_size) break;
  }
  if (format == "json") response.body += "\n]\n";
  response.content_type = format == "csv" ? "text/csv; charset=utf-8" : "application/json";
  response.set_header("Content-Disposition",
                      "attachment; filename=\"movies." + format + "\"");
  response.set_header("Cache-Control", "no-store");
  response.set_header("X-Total-Count", std::to_string(written));
  return response;
}

// {filter: {...}} → the query parameters it stands for, typed as the
// MovieFilter schema says: text non-empty, numbers as numbers (or the text of
// one, as a query string carries them), arrays only for the repeatable keys.
domain::QueryParams filter_params(const json::object& filter) {
  static const std::vector<std::string_view> kLists{"genre", "certification", "country"};
  static const std::vector<std::string_view> kNumbers{"year_min", "year_max", "score_min"};
  auto listed = [](const auto& keys, std::string_view key) {
    return std::find(keys.begin(), keys.end(), key) != keys.end();
  };
  domain::QueryParams params;
  auto add = [&](const std::string& key, const json::value& v) {
    if (v.is_string() && !v.get_string().empty()) {
      params.emplace_back(key, std::string(v.get_string()));
    } else if (v.is_number() && listed(kNumbers, key)) {
      params.emplace_back(key, http::json_text(v));
    } else {
      throw domain::ValidationError("filter." + key, listed(kNumbers, key)
                                                         ? "must be a number"
                                                         : "must be a non-empty string");
    }
  };
  for (const auto& [name, value] : filter) {
    const std::string key(name);
    if (!value.is_array()) {
      add(key, value);
    } else if (listed(kLists, key) && !value.get_array().empty()) {
      for (const auto& item : value.get_array()) add(key, item);
    } else {
      throw domain::ValidationError("filter." + key, listed(kLists, key)
                                                         ? "must not be an empty list"
                                                         : "takes one value, not a list");
    }
  }
  return params;
}

http::Response bulk_delete(Services& s, const http::Request& request) {
  const auto actor = require(s, request, Role::superadmin);
  const auto body = body_object(request);
  only_members(body, {"ids", "filter", "dry_run"});
  const auto* dry = body.if_contains("dry_run");
  // Anything but a boolean is refused: read as false, a typo would delete.
  if (dry && !dry->is_bool()) throw domain::ValidationError("dry_run", "must be true or false");
  // Both places are checked, whichever says true.
  const bool query_dry_run = bool_param(query_params(request), "dry_run").value_or(false);
  const bool dry_run = (dry && dry->get_bool()) || query_dry_run;
  const auto* ids = body.if_contains("ids");
  const auto* filter = body.if_contains("filter");
  if ((ids != nullptr) == (filter != nullptr)) {
    throw domain::ValidationError("ids", "give either ids or filter");
  }
  std::int64_t count = 0;
  json::object summary;
  std::vector<std::string> audited;
  if (ids) {
    const auto list = ids->is_array() ? ids->get_array() : json::array{};
    if (!ids->is_array() || list.empty() || list.size() > 10'000) {
      throw domain::ValidationError("ids", "must be 1 to 10000 movie ids");
    }
    for (const auto& id : list) {
      if (!id.is_string()) throw domain::ValidationError("ids", "must be strings");
      audited.emplace_back(id.get_string());
    }
    count = dry_run ? static_cast<std::int64_t>(s.store.existing_movie_ids(audited).size())
                    : s.store.delete_movies(audited);
  } else {
    if (!filter->is_object()) throw domain::ValidationError("filter", "must be an object");
    auto q = domain::parse_movie_query(filter_params(filter->get_object()));
    if (!q.has_filter()) {
      throw domain::ValidationError("filter", "must narrow the selection (no empty filter)");
    }
    summary["filter"] = filter->get_object();
    if (dry_run) {
      count = s.store.count_movies(q);
    } else {
      for (auto batch = s.store.movie_ids(q, kDeleteBatch); !batch.empty();
           batch = s.store.movie_ids(q, kDeleteBatch)) {
        count += s.store.delete_movies(batch);
      }
    }
  }
  if (dry_run) return http::json_response(200, {{"would_delete", count}});
  summary["deleted"] = count;
  if (audited.size() > 1000) audited.resize(1000);
  audit(s, actor, "bulk_delete", "movies", std::move(audited), std::move(summary));
  return http::json_response(200, {{"deleted", count}});
}

// The collections an admin can ask about, by the names the API uses.
const std::pair<std::string_view, store::Placed> kPlaced[] = {{"movies", store::Placed::movies},
                                                              {"people", store::Placed::people},
                                                              {"users", store::Placed::users}};

http::Response locate(Services& s, const http::Request& request, const http::PathParams& p) {
  require(s, request, Role::admin);
  only_params(query_params(request), {});
  const auto& name = p.at("collection");
  const auto& id = p.at("id");
  const auto* placed = std::find_if(std::begin(kPlaced), std::end(kPlaced),
                                    [&](const auto& entry) { return entry.first == name; });
  if (placed == std::end(kPlaced)) {
    throw ApiError(404, "not_found",
                   "no collection '" + name + "' to place (movies, people, users)");
  }
  auto answer = s.store.locate(placed->second, id);
  if (!answer) throw ApiError(404, "not_found", "no " + name + " document with id '" + id + "'");
  (*answer)["collection"] = name;
  (*answer)["id"] = id;
  return http::json_response(200, std::move(*answer));
}

}  // namespace

void add_admin_data_routes(http::Router& router, Services& s) {
  const std::string admin = std::string(kApi) + "/admin";
  router.add("GET", admin + "/interactions", Runs::on_worker,
             [&s](const auto& request, auto&) { return interactions(s, request); });
  router.add("GET", admin + "/audit", Runs::on_worker,
             [&s](const auto& request, auto&) { return audit_log(s, request); });
  router.add("GET", admin + "/stats", Runs::on_worker, [&s](const auto& request, auto&) {
    require(s, request, Role::admin);
    return http::json_response(200, json::value_from(s.store.stats()));
  });
  router.add("GET", admin + "/cluster", Runs::on_worker, [&s](const auto& request, auto&) {
    require(s, request, Role::admin);
    return http::json_response(200, s.store.topology());
  });
  router.add("GET", admin + "/cluster/placement", Runs::on_worker,
             [&s](const auto& request, auto&) {
               require(s, request, Role::admin);
               only_params(query_params(request), {});
               return http::json_response(200, s.store.placement());
             });
  router.add("GET", admin + "/cluster/placement/{collection}/{id}", Runs::on_worker,
             [&s](const auto& request, auto& p) { return locate(s, request, p); });
  router.add("GET", admin + "/movies/export", Runs::on_worker,
             [&s](const auto& request, auto&) { return export_movies(s, request); });
  router.add("POST", admin + "/movies/bulk-delete", Runs::on_worker,
             [&s](const auto& request, auto&) { return bulk_delete(s, request); });
}

}  // namespace moviedb::routes
