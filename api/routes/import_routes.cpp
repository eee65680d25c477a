#include "routes/import_routes.hpp"

#include <boost/json.hpp>

#include "http/errors.hpp"
#include "http/json_response.hpp"
#include "http/multipart.hpp"
#include "import/importer.hpp"

namespace moviedb::routes {

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

http::Response import_file(Services& s, const http::Request& request) {
  const auto actor = require(s, request, domain::Role::admin);
  const auto params = query_params(request);
  only_params(params, {"format", "dry_run"});
  const auto format = format_of(params, request);
  const bool dry_run = bool_param(params, "dry_run").value_or(false);
  importer::ImportReport report;
  try {
    report = run_import(s, request, format, dry_run);
  } catch (const importer::ImportFailed& e) {
    throw ApiError(400, "unreadable_import", e.what());
  }
  if (!dry_run) {
    audit(s, actor, "import", "movies", {},
          {{"format", importer::format_name(format)},
           {"inserted", report.inserted},
           {"updated", report.updated},
           {"rejected", report.rejected}});
  }
  return http::json_response(200, json::value_from(report));
}

}  // namespace

void add_import_routes(http::Router& router, Services& s) {
  auto& route = router.add("POST", std::string(kApi) + "/admin/import", http::Runs::on_worker,
                           [&s](const auto& request, auto&) { return import_file(s, request); });
  // Files of up to the import limit, from admins only: checked on the headers.
  route.admit_large_body = [&s](const http::Request& head) { require(s, head, domain::Role::admin); };
}

}  // namespace moviedb::routes
