#include "state/admin_import.hpp"

#include <boost/json.hpp>
#include <cstdio>

#include "domain/api_paths.hpp"
#include "net/url.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

std::string_view to_string(ImportPhase phase) {
  switch (phase) {
    case ImportPhase::no_file:
      return "no_file";
    case ImportPhase::ready:
      return "ready";
    case ImportPhase::dry_running:
      return "dry_running";
    case ImportPhase::checked:
      return "checked";
    case ImportPhase::importing:
      return "importing";
    case ImportPhase::imported:
      return "imported";
  }
  return "unknown";
}

std::size_t ImportState::upload_size() const {
  return bytes.size() + (netflix() ? credits_bytes.size() : 0);
}

std::string_view format_for_file(std::string_view name) {
  auto ends = [name](std::string_view suffix) {
    return name.size() >= suffix.size() && name.substr(name.size() - suffix.size()) == suffix;
  };
  if (ends(".ndjson") || ends(".jsonl")) return "ndjson";
  if (ends(".json")) return "json";
  if (ends(".csv")) return "netflix";
  return "";
}

MultipartBody encode_multipart(const std::vector<MultipartPart>& parts) {
  std::string boundary;
  for (int n = 0;; ++n) {
    boundary = "moviedb-part-" + std::to_string(n);
    bool clash = false;
    for (const auto& part : parts) clash = clash || part.bytes.find(boundary) != std::string::npos;
    if (!clash) break;
  }
  MultipartBody out;
  out.content_type = "multipart/form-data; boundary=" + boundary;
  for (const auto& part : parts) {
    // name= first: the server reads the first name="…" of the header block.
    out.body += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part.name +
                "\"; filename=\"" + part.file_name + "\"\r\nContent-Type: text/csv\r\n\r\n";
    out.body += part.bytes;
    out.body += "\r\n";
  }
  out.body += "--" + boundary + "--\r\n";
  return out;
}

net::HttpRequest import_request(const ImportState& import, bool dry_run) {
  net::HttpRequest request;
  request.method = "POST";
  net::Query query{{"format", import.format}};
  if (dry_run) query.emplace_back("dry_run", "true");
  request.url = net::api_url(paths::kAdminImport, query);
  request.timeout_ms = 600000;  // a big file takes a while
  if (import.netflix()) {
    std::vector<MultipartPart> parts{{"titles", import.file_name, import.bytes}};
    if (!import.credits_name.empty())
      parts.push_back({"credits", import.credits_name, import.credits_bytes});
    auto multipart = encode_multipart(parts);
    request.headers.push_back({"Content-Type", std::move(multipart.content_type)});
    request.body = std::move(multipart.body);
    return request;
  }
  request.headers.push_back(
      {"Content-Type", import.format == "ndjson" ? "application/x-ndjson" : "application/json"});
  request.body = import.bytes;
  return request;
}

std::string encode_import_report(const ImportState& import) {
  if (!import.result) return {};
  const auto& r = *import.result;
  boost::json::array errors;
  for (const auto& e : r.errors) {
    boost::json::object item{{"index", e.index}, {"message", e.message}};
    if (!e.id.empty()) item["id"] = e.id;
    errors.push_back(std::move(item));
  }
  boost::json::object o{{"file", import.file_name},
                        {"format", import.format},
                        {"dry_run", import.result_is_dry_run},
                        {"records", r.records},
                        {"inserted", r.inserted},
                        {"updated", r.updated},
                        {"rejected", r.rejected},
                        {"errors", std::move(errors)}};
  if (import.netflix() && !import.credits_name.empty()) o["credits_file"] = import.credits_name;
  return boost::json::serialize(o) + "\n";
}

std::string byte_size(std::size_t bytes) {
  char text[32];
  if (bytes < 1024) {
    std::snprintf(text, sizeof text, "%zu B", bytes);
  } else if (bytes < 1024 * 1024) {
    std::snprintf(text, sizeof text, "%.1f KB", static_cast<double>(bytes) / 1024.0);
  } else {
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
  }
  return text;
}

}  // namespace moviedb::client
