#include "views/admin_import_view.hpp"

#include <imgui.h>

#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

void file_line(const std::string& button, ImportSlot slot, const std::string& name,
               std::size_t size, std::string_view none, const ImportState& import,
               const ViewContext& ctx) {
  if (widgets::button(button, ctx, widgets::Tone::secondary, !import.busy()))
    ctx.actions.emplace_back(PickImportFile{slot});
  ImGui::SameLine();
  ImGui::AlignTextToFramePadding();
  if (name.empty()) {
    widgets::muted(none);
  } else {
    ImGui::Text("%s · %s", name.c_str(), byte_size(size).c_str());
  }
}

}  // namespace

void AdminImportView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& import = state.admin.import;
  const float px = ctx.px();
  widgets::heading_with_note("Import", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("import.phase", to_string(import.phase));
  ctx.text("import.file", import.file_name);
  ctx.text("import.format", import.format);
  ctx.text("import.credits_file", import.credits_name);

  widgets::section_label(import.netflix() ? "1 · Files" : "1 · File");
  file_line("Choose file…###import.pick", ImportSlot::file, import.file_name, import.bytes.size(),
            import.netflix()
                ? "titles.csv (required)"
                : "No file chosen (JSON array, NDJSON, vega movies.json or netflix CSV)",
            import, ctx);
  if (import.netflix()) {
    file_line("Choose credits…###import.pick_credits", ImportSlot::credits, import.credits_name,
              import.credits_bytes.size(), "credits.csv (optional: cast and directors)", import,
              ctx);
  }

  widgets::gap(ctx, 6);
  widgets::section_label("2 · Format");
  for (const auto format : ImportState::kFormats) {
    if (format != ImportState::kFormats.front()) ImGui::SameLine(0, 6.0f * px);
    const std::string label = std::string(format) + "###import.format." + std::string(format);
    const bool on = import.format == format;
    if (widgets::button(label, ctx, on ? widgets::Tone::selected : widgets::Tone::secondary,
                        !import.busy())) {
      ctx.actions.emplace_back(SetImportFormat{std::string(format)});
    }
  }

  widgets::gap(ctx, 6);
  widgets::section_label("3 · Dry run, then import");
  const bool has_file = import.phase != ImportPhase::no_file;
  if (widgets::button("Dry run###import.dry_run", ctx, widgets::Tone::primary,
                      has_file && !import.busy())) {
    ctx.actions.emplace_back(RunImport{true});
  }
  widgets::flow(widgets::button_width("Import###import.run"));
  if (widgets::button("Import###import.run", ctx, widgets::Tone::danger,
                      import.can_import())) {
    ctx.actions.emplace_back(RunImport{false});
  }
  if (!import.can_import()) {
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    widgets::muted(import.phase == ImportPhase::imported ? "Imported. Run a new dry run to import again."
                                                         : "Import is offered after a dry run.");
  }
  if (import.busy()) {
    // emscripten_fetch reports no upload progress: say what is known, no percentage.
    const bool dry = import.phase == ImportPhase::dry_running;
    const std::string progress =
        std::string(dry ? "Dry run" : "Import") + ": uploading " + byte_size(import.upload_size()) +
        ", then the server " + (dry ? "checks" : "writes") + " every record · " +
        std::to_string(static_cast<int>(state.now - import.started_at)) + " s elapsed";
    widgets::gap(ctx, 4);
    widgets::busy_bar(progress, ctx);
    ctx.text("import.progress", progress);
  }
  if (!import.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
    ImGui::TextWrapped("%s", import.error.c_str());
    ImGui::PopStyleColor();
    ctx.text("import.message", import.error);
  }
  if (!import.result) return;

  const auto& r = *import.result;
  widgets::gap(ctx, 8);
  ctx.text("import.kind", import.result_is_dry_run ? "dry_run" : "import");
  ctx.text("import.inserted", std::to_string(r.inserted));
  ctx.text("import.updated", std::to_string(r.updated));
  ctx.text("import.rejected", std::to_string(r.rejected));
  ctx.text("import.errors", std::to_string(r.errors.size()));
  widgets::heading(import.result_is_dry_run ? "Dry run: nothing was written" : "Imported", ctx);
  ImGui::TextColored(ui::kGood, "%s %s", ui::thousands(r.inserted).c_str(),
                     import.result_is_dry_run ? "would be inserted" : "inserted");
  ImGui::SameLine(0, 18.0f * px);
  ImGui::TextColored(ui::kAccent, "%s %s", ui::thousands(r.updated).c_str(),
                     import.result_is_dry_run ? "would be updated" : "updated");
  ImGui::SameLine(0, 18.0f * px);
  ImGui::TextColored(r.rejected > 0 ? ui::kBad : ui::kMuted, "%s rejected",
                     ui::thousands(r.rejected).c_str());
  ImGui::SameLine(0, 18.0f * px);
  if (widgets::button("Save report (JSON)###import.save_report", ctx))
    ctx.actions.emplace_back(SaveImportReport{});
  widgets::item_tooltip("The counts and every rejected record with its reason");
  if (r.errors.empty()) return;
  widgets::gap(ctx, 4);
  widgets::section_label("Rejected records");
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!widgets::data_table("##import.errors", 3, kFlags, 520.0f, 1, ctx)) return;
  ImGui::TableSetupColumn("Record #", ImGuiTableColumnFlags_WidthFixed, 80.0f * px);
  ImGui::TableSetupColumn("Id", ImGuiTableColumnFlags_WidthFixed, 160.0f * px);
  ImGui::TableSetupColumn("Reason", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  for (std::size_t i = 0; i < r.errors.size(); ++i) {
    const auto& e = r.errors[i];
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    ImGui::Text("%lld", static_cast<long long>(e.index));
    ImGui::TableSetColumnIndex(1);
    widgets::muted(e.id.empty() ? "—" : e.id);
    ImGui::TableSetColumnIndex(2);
    ImGui::TextWrapped("%s", e.message.c_str());
    ctx.text("import.error." + std::to_string(i),
             "#" + std::to_string(e.index) + (e.id.empty() ? "" : " " + e.id) + ": " + e.message);
  }
  ImGui::EndTable();
}

std::unique_ptr<View> make_admin_import_view() {
  return std::make_unique<AdminImportView>();
}

}  // namespace moviedb::client::views
