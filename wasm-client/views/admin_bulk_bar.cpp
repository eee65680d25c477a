#include "views/admin_bulk_bar.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

std::string_view export_status(const ExportState& file) {
  if (file.busy) return "busy";
  if (!file.error.empty()) return "failed";
  return file.rows >= 0 ? "done" : "idle";
}

std::string filter_text(const net::Query& filter) {
  std::string out;
  for (const auto& [key, value] : filter) out += (out.empty() ? "" : ", ") + key + "=" + value;
  return out;
}

void error_text(const std::string& message, const ViewContext& ctx, std::string_view key) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
  ImGui::TextWrapped("%s", message.c_str());
  ImGui::PopStyleColor();
  ctx.text(key, message);
}

}  // namespace

void AdminBulkBar::draw(const AppState& state, const ViewContext& ctx) {
  draw_export(state, ctx);
  if (!is_superadmin(state.session)) return;
  const auto& movies = state.admin.movies;
  const auto& bulk = state.admin.bulk_delete;
  const bool filtered = !filter_params(movies.query).empty();
  widgets::flow(widgets::text_width("Bulk delete:"), 24.0f * ctx.px());
  ImGui::AlignTextToFramePadding();
  widgets::muted("Bulk delete:");
  const std::string selection =
      "Selected (" + std::to_string(movies.selected.size()) + ")###admin.bulk.selection";
  widgets::flow(widgets::button_width(selection));
  if (widgets::button(selection, ctx, widgets::Tone::danger,
                      !bulk.busy() && !movies.selected.empty())) {
    ctx.actions.emplace_back(PreviewBulkDelete{true});
  }
  widgets::item_tooltip("Delete the ticked titles (a count first)");
  widgets::flow(widgets::button_width("Matching the filter###admin.bulk.filter"));
  if (widgets::button("Matching the filter###admin.bulk.filter", ctx, widgets::Tone::danger,
                      !bulk.busy() && filtered)) {
    ctx.actions.emplace_back(PreviewBulkDelete{false});
  }
  widgets::item_tooltip(filtered ? "Delete every title the filters match (a count first)"
                                 : "Set a filter first: the whole catalogue is never a target");
  draw_panel(state, ctx);
}

void AdminBulkBar::draw_export(const AppState& state, const ViewContext& ctx) {
  const auto& file = state.admin.export_file;
  ctx.text("export.status", export_status(file));
  ImGui::AlignTextToFramePadding();
  widgets::muted("Export the filtered list:");
  widgets::flow(widgets::button_width("JSON###admin.export.json"));
  if (widgets::button("JSON###admin.export.json", ctx, widgets::Tone::secondary, !file.busy))
    ctx.actions.emplace_back(ExportMovies{"json"});
  widgets::flow(widgets::button_width("CSV###admin.export.csv"));
  if (widgets::button("CSV###admin.export.csv", ctx, widgets::Tone::secondary, !file.busy))
    ctx.actions.emplace_back(ExportMovies{"csv"});
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (file.busy) {
    widgets::spinner(ctx);
    ImGui::SameLine();
    widgets::muted("Preparing " + file.format + "…");
  } else if (!file.error.empty()) {
    ImGui::TextColored(ui::kBad, "Export failed: %s", file.error.c_str());
    ctx.text("export.message", file.error);
  } else if (file.rows >= 0) {
    widgets::muted(ui::count_of(file.rows, "title", "titles") + " saved as " + file.file_name);
    ctx.text("export.rows", std::to_string(file.rows));
    ctx.text("export.file", file.file_name);
  }
}

void AdminBulkBar::draw_panel(const AppState& state, const ViewContext& ctx) {
  const auto& bulk = state.admin.bulk_delete;
  ctx.text("bulk.phase", to_string(bulk.phase));
  if (bulk.phase == BulkPhase::closed) return;
  if (bulk.phase == BulkPhase::counting) typed_.clear();
  widgets::gap(ctx, 4);
  const std::string target = bulk.by_selection
                                 ? ui::count_of(static_cast<std::int64_t>(bulk.ids.size()),
                                                "ticked title", "ticked titles")
                                 : "the titles matching " + filter_text(bulk.filter);
  if (bulk.busy()) {
    widgets::spinner(ctx);
    ImGui::SameLine();
    widgets::muted(bulk.phase == BulkPhase::counting ? "Counting " + target + "…"
                                                     : "Deleting " + target + "…");
    return;
  }
  ctx.text("bulk.count", std::to_string(bulk.count));
  const std::string n = std::to_string(bulk.count);
  if (!bulk.error.empty()) {
    error_text(bulk.error, ctx, "bulk.message");
  } else if (bulk.count == 0) {
    widgets::muted("Nothing to delete: no title matches " + target + ".");
  } else {
    error_text("This permanently deletes " + ui::thousands(bulk.count) + " titles (" + target +
                   ") with their credits and interactions. Type " + n + " or “delete " + n +
                   "” to confirm.",
               ctx, "bulk.message");
    ImGui::SetNextItemWidth(180.0f * ctx.px());
    const bool enter = ImGui::InputTextWithHint("###bulk.typed", ("delete " + n).c_str(), &typed_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.track("###bulk.typed");
    ImGui::SameLine();
    const bool ok = bulk_delete_confirmed(typed_, bulk.count);
    if ((widgets::button("Delete " + n + " titles###bulk.confirm", ctx, widgets::Tone::danger,
                         ok) ||
         (enter && ok)))
      ctx.actions.emplace_back(ConfirmBulkDelete{typed_});
    ImGui::SameLine();
  }
  if (widgets::button("Cancel###bulk.cancel", ctx)) ctx.actions.emplace_back(CancelBulkDelete{});
}

}  // namespace moviedb::client::views
