#include "state/admin_bulk.hpp"

#include <boost/json.hpp>
#include <cctype>

#include "domain/api_paths.hpp"
#include "state/browse.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

namespace {

std::string lower_trimmed(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())))
    text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())))
    text.remove_suffix(1);
  std::string out(text);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

net::Query filter_params(const domain::MovieQuery& query) {
  auto params = movie_query_params(query);
  std::erase_if(params, [](const auto& kv) { return kv.first == "sort"; });
  return params;
}

std::string_view export_file_name(std::string_view format) {
  return format == "csv" ? "movies.csv" : "movies.json";
}

std::string export_url(const domain::MovieQuery& query, std::string_view format) {
  net::Query params{{"format", std::string(format)}};
  for (auto& kv : movie_query_params(query)) params.push_back(std::move(kv));
  return net::api_url(paths::kAdminExport, params);
}

std::string_view to_string(BulkPhase phase) {
  switch (phase) {
    case BulkPhase::closed:
      return "closed";
    case BulkPhase::counting:
      return "counting";
    case BulkPhase::confirming:
      return "confirming";
    case BulkPhase::deleting:
      return "deleting";
  }
  return "unknown";
}

std::string encode_bulk_delete(const BulkDeleteState& bulk, bool dry_run) {
  boost::json::object body;
  if (bulk.by_selection) {
    boost::json::array ids;
    for (const auto& id : bulk.ids) ids.emplace_back(id);
    body["ids"] = std::move(ids);
  } else {
    boost::json::object filter;
    for (const auto& [key, value] : bulk.filter) {
      auto* existing = filter.if_contains(key);
      if (!existing) {
        filter[key] = value;
      } else if (existing->is_array()) {
        existing->get_array().emplace_back(value);
      } else {
        *existing = boost::json::array{*existing, boost::json::string(value)};
      }
    }
    body["filter"] = std::move(filter);
  }
  if (dry_run) body["dry_run"] = true;
  return boost::json::serialize(body);
}

bool bulk_delete_confirmed(std::string_view typed, std::int64_t count) {
  const auto text = lower_trimmed(typed);
  const auto n = std::to_string(count);
  return count > 0 && (text == n || text == "delete " + n);
}

}  // namespace moviedb::client
