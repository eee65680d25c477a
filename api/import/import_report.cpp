#include "import/import_report.hpp"

#include <boost/json.hpp>

namespace moviedb::importer {

namespace json = boost::json;

void ImportReport::reject(std::int64_t index, std::string id, std::string message) {
  ++rejected;
  if (errors.size() < kMaxErrors) errors.push_back({index, std::move(id), std::move(message)});
}

void ImportReport::merge(const ImportReport& other) {
  records += other.records;
  inserted += other.inserted;
  updated += other.updated;
  rejected += other.rejected;
  credits_added += other.credits_added;
  for (const auto& error : other.errors) {
    if (errors.size() >= kMaxErrors) break;
    errors.push_back(error);
  }
}

void tag_invoke(const json::value_from_tag&, json::value& out, const ImportReport& report) {
  json::array errors;
  errors.reserve(report.errors.size());
  for (const auto& error : report.errors) {
    json::object item{{"index", error.index}};
    if (!error.id.empty()) item["id"] = error.id;
    item["message"] = error.message;
    errors.push_back(std::move(item));
  }
  out = json::object{{"records", report.records},
                     {"inserted", report.inserted},
                     {"updated", report.updated},
                     {"rejected", report.rejected},
                     {"credits_added", report.credits_added},
                     {"errors", std::move(errors)}};
}

}  // namespace moviedb::importer
