#include "routes/import_routes.hpp"

#include <boost/json.hpp>

#include "domain/api_paths.hpp"
#include "http/errors.hpp"
#include "http/json_response.hpp"
#include "http/multipart.hpp"
#include "import/importer.hpp"

namespace moviedb::routes {

namespace paths = domain::paths;

namespace json = boost::json;
using http::ApiError;

namespace {

importer::Format format_of(const domain::QueryParams& params, const http::Request& request) {
  if (auto name = param(params, "format")) {
    auto format = importer::parse_format(*name);
    if (!format) throw domain::ValidationError("format", "must be vega, netflix, json or ndjson");
    return *format;
  }
  const auto type = request.header("Content-Type").value_or("");
  if (http::multipart_boundary(type)) return importer::Format::netflix;
  if (type.starts_with("application/x-ndjson")) return importer::Format::ndjson;
  return importer::Format::json;
}

importer::ImportReport run_import(Services& s, const http::Request& request,
                                  importer::Format format, bool dry_run) {
  importer::ImportOptions options;
  options.dry_run = dry_run;
  // Each batch holds the single writer: small batches let reactions through.
  options.batch_size = 500;
  if (format != importer::Format::netflix) {
    importer::MemorySource body(request.body);
    return importer::import_movies(s.store, format, body, nullptr, options);
  }
  const auto boundary = http::multipart_boundary(request.header("Content-Type").value_or(""));
  const auto parts = boundary ? http::parse_multipart(request.body, *boundary) : std::nullopt;
  if (!parts) {
    throw ApiError(400, "bad_multipart",
                   "netflix imports are multipart/form-data with parts 'titles' and 'credits'");
  }
  const auto titles = parts->find("titles");
  const auto credits = parts->find("credits");
  if (titles == parts->end() && credits == parts->end()) {
    throw domain::ValidationError("titles", "give a 'titles' part, a 'credits' part or both");
  }
  std::optional<importer::MemorySource> credits_source;
  if (credits != parts->end()) credits_source.emplace(credits->second);
  if (titles == parts->end()) {
    return importer::import_movies(s.store, format, *credits_source, nullptr, options);
  }
  importer::MemorySource titles_source{titles->second};
  return importer::import_movies(s.store, format, titles_source,
                                 credits_source ? &*credits_source : nullptr, options);
}

http::Response import_file(Services& s, const Call& call) {
  const auto params = query_params(call.request);
  only_params(params, {"format", "dry_run"});
  const auto format = format_of(params, call.request);
  const bool dry_run = bool_param(params, "dry_run").value_or(false);
  importer::ImportReport report;
  try {
    report = run_import(s, call.request, format, dry_run);
  } catch (const importer::ImportFailed& e) {
    throw ApiError(400, "unreadable_import", e.what());
  }
  if (!dry_run) {
    audit(s, call.user(), "import", "movies", {},
          {{"format", importer::format_name(format)},
           {"inserted", report.inserted},
           {"updated", report.updated},
           {"rejected", report.rejected}});
  }
  return http::json_response(200, json::value_from(report));
}

// Files of up to the import limit, from admins only: checked on the headers.
const RouteSpec kRoutes[] = {
    {.method = "POST",
     .path = paths::kAdminImport,
     .access = Access::admin,
     .runs = http::Runs::on_worker,
     .handle = import_file,
     .doc =
         {.id = "importMovies",
          .tag = "admin",
          .summary = "Import titles from a file",
          .description =
              "The body is the file. Every record is validated on its own: valid records are kept, "
              "rejected ones are listed in `errors`. Idempotent on `id` (a record may also name it "
              "`_id`): a title that exists is replaced, keeping its interaction counters. With "
              "`dry_run=true` nothing is written and the answer reports the same numbers. Body "
              "limit 256 MiB; the token is checked from the headers before any of the body is read "
              "(before `100 Continue`), so a caller who is not an admin gets 401/403 and the "
              "connection closes. Audited.\n\nFormats: `json`, a JSON array of titles in the API's "
              "own shape (`ImportMovie`, e.g. the output of the JSON export); `ndjson`, one such "
              "title per line; `vega`, vega-datasets' `movies.json` (`VegaMovie`); `netflix`, "
              "`multipart/form-data` with the parts `titles` (titles.csv: "
              "id,title,type,description,release_year,age_certification,runtime,genres,production_"
              "countries,seasons,imdb_id,imdb_score,imdb_votes,tmdb_popularity,tmdb_score) "
              "and `credits` (credits.csv: person_id,id,name,character,role).",
          .details = R"json({
  "parameters": [
    {"name": "format", "in": "query", "description": "The file's format. When absent: `netflix` for `multipart/form-data`, `ndjson` for `application/x-ndjson`, `json` otherwise.", "schema": {"type": "string", "enum": ["json", "ndjson", "vega", "netflix"]}},
    {"$ref": "#/components/parameters/DryRun"}
  ],
  "requestBody": {"required": true, "content": {
    "application/json": {"schema": {"description": "`format=json`: titles in the API's shape; `format=vega`: vega-datasets records.", "anyOf": [{"type": "array", "items": {"$ref": "#/components/schemas/ImportMovie"}}, {"type": "array", "items": {"$ref": "#/components/schemas/VegaMovie"}}]}, "example": [{"id": "tm84618", "title": "Taxi Driver", "type": "MOVIE", "release_year": 1976, "genres": ["crime", "drama"], "credits": [{"person_id": "3748", "name": "Robert De Niro", "character": "Travis Bickle", "role": "ACTOR"}]}]},
    "application/x-ndjson": {"schema": {"type": "string", "description": "`format=ndjson`: one `ImportMovie` JSON object per line."}, "example": "{\"id\": \"tm84618\", \"title\": \"Taxi Driver\", \"release_year\": 1976}\n{\"id\": \"tm127384\", \"title\": \"Monty Python and the Holy Grail\", \"release_year\": 1975}\n"},
    "multipart/form-data": {"schema": {"type": "object", "description": "`format=netflix`: the CSV files of the Netflix titles dataset; at least one part (`credits` alone attaches credits to stored titles).", "minProperties": 1, "properties": {"titles": {"type": "string", "format": "binary", "description": "titles.csv with its header row."}, "credits": {"type": "string", "format": "binary", "description": "credits.csv with its header row; credits of titles neither in this file nor stored are rejected."}}}, "encoding": {"titles": {"contentType": "text/csv"}, "credits": {"contentType": "text/csv"}}}
  }},
  "responses": {
    "200": {"description": "What was (or would be) imported.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ImportResult"}, "example": {"inserted": 3190, "updated": 0, "rejected": 1, "errors": [{"index": 17, "id": "tm17", "message": "title: is required"}]}}}}
  }
})json"},
     .large_body = true},
};

}  // namespace

std::span<const RouteSpec> import_routes() {
  return kRoutes;
}

}  // namespace moviedb::routes
