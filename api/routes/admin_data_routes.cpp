#include "routes/admin_data_routes.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "domain/api_paths.hpp"
#include "domain/movie_input.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"
#include "json_text/json_text.hpp"
#include "routes/csv_export.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

namespace json = boost::json;
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

http::Response interactions(Services& s, const Call& call) {
  const auto params = query_params(call.request);
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

http::Response audit_log(Services& s, const Call& call) {
  const auto params = query_params(call.request);
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

http::Response export_movies(Services& s, const Call& call) {
  const auto params = query_params(call.request);
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
        response.body += (written ? ",\n" : "\n") + json_text::json_text(json::value_from(movie));
      }
      ++written;
    }
    if (static_cast<std::int64_t>(page.items.size()) < q.page_size) break;
  }
  if (format == "json") response.body += "\n]\n";
  response.content_type = format == "csv" ? "text/csv; charset=utf-8" : "application/json";
  response.set_header("Content-Disposition", "attachment; filename=\"movies." + format + "\"");
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
      params.emplace_back(key, json_text::json_text(v));
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

http::Response bulk_delete(Services& s, const Call& call) {
  const auto body = body_object(call.request);
  only_members(body, {"ids", "filter", "dry_run"});
  const auto* dry = body.if_contains("dry_run");
  // Anything but a boolean is refused: read as false, a typo would delete.
  if (dry && !dry->is_bool()) throw domain::ValidationError("dry_run", "must be true or false");
  // Both places are checked, whichever says true.
  const bool query_dry_run = bool_param(query_params(call.request), "dry_run").value_or(false);
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
  audit(s, call.user(), "bulk_delete", "movies", std::move(audited), std::move(summary));
  return http::json_response(200, {{"deleted", count}});
}

http::Response stats(Services& s, const Call&) {
  return http::json_response(200, json::value_from(s.store.stats()));
}

const RouteSpec kRoutes[] = {
    {.method = "GET",
     .path = paths::kAdminInteractions,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = interactions,
     .doc = {.id = "listInteractions",
             .tag = "admin",
             .summary = "Everyone's interactions",
             .description = "Interactions of all users, each with `username` and `movie_title`, "
                            "filtered by user, title, kind and time (of the last change).",
             .details = R"json({
  "parameters": [
    {"name": "user", "in": "query", "description": "A user's id or username.", "schema": {"type": "string", "maxLength": 200}},
    {"name": "movie", "in": "query", "description": "A title's id.", "schema": {"$ref": "#/components/schemas/MovieIdString"}},
    {"name": "kind", "in": "query", "description": "`like` or `dislike`: that reaction; `watched`: marked watched; `viewed`: viewed at least once.", "schema": {"type": "string", "enum": ["like", "dislike", "watched", "viewed"]}},
    {"$ref": "#/components/parameters/Since"},
    {"$ref": "#/components/parameters/Until"},
    {"$ref": "#/components/parameters/Page"},
    {"$ref": "#/components/parameters/PageSize"}
  ],
  "responses": {
    "200": {"description": "A page of interactions.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionPage"}}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kAdminAudit,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = audit_log,
     .doc = {.id = "listAudit",
             .tag = "admin",
             .summary = "The audit log",
             .description = "Every admin write, newest first.",
             .details = R"json({
  "parameters": [
    {"name": "actor", "in": "query", "description": "The acting user's id or username.", "schema": {"type": "string", "maxLength": 200}},
    {"name": "action", "in": "query", "description": "`create`, `update`, `delete`, `import`, `bulk_delete`, …", "schema": {"type": "string", "maxLength": 64}},
    {"name": "collection", "in": "query", "description": "`movies`, `users`, …", "schema": {"type": "string", "maxLength": 64}},
    {"$ref": "#/components/parameters/Since"},
    {"$ref": "#/components/parameters/Until"},
    {"$ref": "#/components/parameters/Page"},
    {"name": "page_size", "in": "query", "description": "Entries per page.", "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 100, "default": 50}}
  ],
  "responses": {
    "200": {"description": "A page of entries.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditPage"}}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kAdminStats,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = stats,
     .doc = {.id = "getStats",
             .tag = "admin",
             .summary = "Dashboard statistics",
             .description = "Counts, top liked and viewed titles, reactions per genre and "
                            "activity per day.",
             .details = R"json({
  "responses": {
    "200": {"description": "The statistics.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stats"}}}}
  }
})json"}},
    {.method = "GET",
     .path = paths::kAdminExport,
     .access = Access::admin,
     .runs = Runs::on_worker,
     .handle = export_movies,
     .doc = {.id = "exportMovies",
             .tag = "admin",
             .summary = "Download titles",
             .description =
                 "Every title matching the `GET /api/v1/movies` filters, in `sort` order, as a "
                 "download (not paged: `page` and `page_size` are ignored; at most 1,000,000 "
                 "titles). The JSON export imports again unchanged with `format=json`; the CSV "
                 "(RFC 4180, CRLF) has a header row of the `Movie` field names and list fields "
                 "joined with `|`.",
             .movie_filters = true,
             .details = R"json({
  "parameters": [
    {"name": "format", "in": "query", "description": "The file's format.", "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"}}
  ],
  "responses": {
    "200": {"description": "The file.", "headers": {"Content-Disposition": {"description": "`attachment; filename=\"movies.json\"` or `attachment; filename=\"movies.csv\"`.", "schema": {"type": "string"}, "example": "attachment; filename=\"movies.json\""}, "X-Total-Count": {"description": "How many titles the file holds.", "schema": {"type": "integer", "minimum": 0}, "example": 3201}}, "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Movie"}}}, "text/csv": {"schema": {"type": "string"}, "example": "id,title,type,description,release_year,...\ntm84618,Taxi Driver,MOVIE,...\n"}}}
  }
})json"}},
    {.method = "POST",
     .path = paths::kAdminBulkDelete,
     .access = Access::superadmin,
     .runs = Runs::on_worker,
     .handle = bulk_delete,
     .doc = {.id = "bulkDeleteMovies",
             .tag = "admin",
             .summary = "Delete many titles",
             .description =
                 "Deletes the titles named by `ids`, or every title matching `filter` (the "
                 "`GET /api/v1/movies` keys; an empty filter is refused), with their credits and "
                 "interactions. With `dry_run: true` it only counts. Audited.",
             .details = R"json({
  "parameters": [
    {"$ref": "#/components/parameters/DryRun"}
  ],
  "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkDeleteRequest"}}}},
  "responses": {
    "200": {"description": "`{deleted: N}`, or `{would_delete: N}` for a dry run.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkDeleteResult"}}}}
  }
})json"}},
};

}  // namespace

std::span<const RouteSpec> admin_data_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
