#include "routes/admin_data_routes.hpp"

#include <boost/json.hpp>

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

std::string iso_param(const domain::QueryParams& params, std::string_view key) {
  auto value = param(params, key).value_or("");
  // ISO 8601 compares as text; insist on its shape so the comparison means something.
  if (!value.empty() && (value.size() < 10 || value.size() > 30 || value[4] != '-')) {
    throw domain::ValidationError(std::string(key), "must be an ISO 8601 date or date-time");
  }
  return value;
}

http::Response interactions(Services& s, const http::Request& request) {
  require(s, request, Role::admin);
  const auto params = query_params(request);
  only_params(params, {"user", "movie", "kind", "since", "until", "page", "page_size"});
  store::InteractionQuery q;
  if (auto user = param(params, "user")) {
    // Accept a username where an id was expected: people type names.
    const auto by_name = s.store.find_user_by_name(*user);
    q.user_id = by_name ? by_name->user.id : *user;
  }
  q.movie_id = param(params, "movie").value_or("");
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
  store::AuditQuery q{param(params, "actor").value_or(""), param(params, "action").value_or(""),
                      param(params, "collection").value_or(""), iso_param(params, "since"),
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

// {filter: {...}} → the query parameters it stands for.
domain::QueryParams filter_params(const json::object& filter) {
  domain::QueryParams params;
  auto add = [&](const std::string& key, const json::value& v) {
    if (v.is_string()) {
      params.emplace_back(key, std::string(v.get_string()));
    } else if (v.is_number() || v.is_bool()) {
      params.emplace_back(key, http::json_text(v));
    } else {
      throw domain::ValidationError("filter." + key, "must be a string, number or array");
    }
  };
  for (const auto& [key, value] : filter) {
    if (value.is_array()) {
      for (const auto& item : value.get_array()) add(key, item);
    } else {
      add(key, value);
    }
  }
  return params;
}

http::Response bulk_delete(Services& s, const http::Request& request) {
  const auto actor = require(s, request, Role::superadmin);
  const auto body = body_object(request);
  only_members(body, {"ids", "filter", "dry_run"});
  const auto* dry = body.if_contains("dry_run");
  const bool dry_run = (dry && dry->is_bool() && dry->get_bool()) ||
                       bool_param(query_params(request), "dry_run").value_or(false);
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
  router.add("GET", admin + "/movies/export", Runs::on_worker,
             [&s](const auto& request, auto&) { return export_movies(s, request); });
  router.add("POST", admin + "/movies/bulk-delete", Runs::on_worker,
             [&s](const auto& request, auto&) { return bulk_delete(s, request); });
}

}  // namespace moviedb::routes
