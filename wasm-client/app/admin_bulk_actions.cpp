// Admin mode, many titles at once: export of the table's filtered list (a
// file handed to the platform's saver) and the superadmin's bulk delete, a
// dry run first and then the typed confirmation.
#include <cstdlib>

#include "app/controller.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

void Controller::on(const ExportMovies& a) {
  auto& file = state_.admin.export_file;
  if (file.busy || !is_admin(state_.session)) return;
  file.busy = true;
  file.format = a.format;
  file.error.clear();
  net::HttpRequest request;
  request.url = export_url(state_.admin.movies.query, a.format);
  request.timeout_ms = 600000;  // the whole catalogue takes a while
  api_.send(std::move(request), [this, format = a.format](const net::HttpResponse& response) {
    auto& file = state_.admin.export_file;
    file.busy = false;
    if (!response.ok()) {
      file.error = net::parse_api_error(response).message;
      return;
    }
    file.file_name = export_file_name(format);
    const std::string total(response.header("X-Total-Count"));
    file.rows = total.empty() ? -1 : std::strtoll(total.c_str(), nullptr, 10);
    if (file_saver_) {
      file_saver_(file.file_name, format == "csv" ? "text/csv" : "application/json", response.body);
    }
    state_.toasts.push(
        ToastKind::info,
        "Exported " +
            (file.rows < 0 ? std::string("the list") : std::to_string(file.rows) + " titles") +
            " to " + file.file_name + ".",
        state_.now);
  });
}

void Controller::on(const PreviewBulkDelete& a) {
  auto& bulk = state_.admin.bulk_delete;
  if (bulk.busy() || !is_superadmin(state_.session)) return;
  const auto& movies = state_.admin.movies;
  bulk = {};
  bulk.by_selection = a.selection;
  if (a.selection) {
    bulk.ids.assign(movies.selected.begin(), movies.selected.end());
  } else {
    bulk.filter = filter_params(movies.query);
  }
  if (a.selection ? bulk.ids.empty() : bulk.filter.empty()) return;  // the server refuses both
  bulk.phase = BulkPhase::counting;
  api_.send_json("POST", net::api_url(paths::kAdminBulkDelete), encode_bulk_delete(bulk, true),
                 [this](const net::HttpResponse& response) {
                   auto& bulk = state_.admin.bulk_delete;
                   if (bulk.phase != BulkPhase::counting) return;
                   std::string why;
                   auto count = response.ok()
                                    ? net::decode_count(response.body, "would_delete", &why)
                                    : std::nullopt;
                   bulk.phase = BulkPhase::confirming;
                   bulk.count = count.value_or(0);
                   if (!count) bulk.error = net::failure_text(response, why);
                 });
}

void Controller::on(const ConfirmBulkDelete& a) {
  auto& bulk = state_.admin.bulk_delete;
  if (bulk.phase != BulkPhase::confirming || !bulk_delete_confirmed(a.typed, bulk.count) ||
      !is_superadmin(state_.session))
    return;
  bulk.phase = BulkPhase::deleting;
  bulk.error.clear();
  api_.send_json("POST", net::api_url(paths::kAdminBulkDelete), encode_bulk_delete(bulk, false),
                 [this](const net::HttpResponse& response) {
                   auto& bulk = state_.admin.bulk_delete;
                   if (bulk.phase != BulkPhase::deleting) return;
                   std::string why;
                   auto count = response.ok() ? net::decode_count(response.body, "deleted", &why)
                                              : std::nullopt;
                   if (!count) {
                     bulk.phase = BulkPhase::confirming;
                     bulk.error = net::failure_text(response, why);
                     return;
                   }
                   bulk_deleted(*count);
                 });
}

void Controller::on(const CancelBulkDelete&) {
  if (state_.admin.bulk_delete.phase != BulkPhase::deleting) state_.admin.bulk_delete = {};
}

// The deleted rows may be anywhere in the table: start again from page 1
// with nothing ticked.
void Controller::bulk_deleted(std::int64_t count) {
  state_.admin.bulk_delete = {};
  auto& movies = state_.admin.movies;
  movies.selected.clear();
  movies.page = 1;
  movies.load.stale = true;
  state_.browse.searched = false;
  state_.toasts.push(ToastKind::info, "Deleted " + std::to_string(count) + " titles.", state_.now);
}

}  // namespace moviedb::client
