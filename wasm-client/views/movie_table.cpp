#include "views/movie_table.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

using widgets::cell_text;
using widgets::centre_line;

VisibleRows movie_table(std::string_view key, std::int64_t count,
                        const std::function<const domain::Movie*(std::int64_t)>& row,
                        const MovieTableOptions& options, const ViewContext& ctx) {
  VisibleRows visible{count, 0};
  const std::string prefix(key);
  ctx.text(prefix + ".rows", std::to_string(count));
  // Narrow windows drop the least useful columns first.
  const float width = ImGui::GetContentRegionAvail().x / ctx.px();
  const bool show_genres = options.genres && width >= 720.0f;
  const bool show_type = width >= 560.0f;
  int columns = 3;  // title, year, score
  if (show_type) ++columns;
  if (options.rank) ++columns;
  if (show_genres) ++columns;
  if (options.reason) ++columns;
  if (options.likes) ++columns;

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  const ImVec2 size(0.0f, options.height > 0 ? options.height : ImGui::GetContentRegionAvail().y);
  const std::string table_id = "##table." + prefix;
  if (!ImGui::BeginTable(table_id.c_str(), columns, kFlags, size)) return {0, 0};

  const float px = ctx.px();
  ImGui::TableSetupScrollFreeze(0, 1);
  if (options.rank) ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, 40.0f * px);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Year", ImGuiTableColumnFlags_WidthFixed, 56.0f * px);
  if (show_type) ImGui::TableSetupColumn("Type", ImGuiTableColumnFlags_WidthFixed, 62.0f * px);
  if (show_genres) ImGui::TableSetupColumn("Genres", ImGuiTableColumnFlags_WidthStretch, 1.6f);
  if (options.reason) ImGui::TableSetupColumn("Why", ImGuiTableColumnFlags_WidthStretch, 2.4f);
  ImGui::TableSetupColumn("Score", ImGuiTableColumnFlags_WidthFixed, 64.0f * px);
  if (options.likes) ImGui::TableSetupColumn("Likes", ImGuiTableColumnFlags_WidthFixed, 64.0f * px);
  ImGui::TableHeadersRow();

  const float row_h = ui::kRowHeight * px;
  const float item_h = row_h + ImGui::GetStyle().CellPadding.y * 2.0f;
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(count), item_h);
  while (clipper.Step()) {
    visible.first = std::min<std::int64_t>(visible.first, clipper.DisplayStart);
    visible.last = std::max<std::int64_t>(visible.last, clipper.DisplayEnd);
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      const domain::Movie* movie = row(i);
      int column = 0;
      ImGui::TableSetColumnIndex(column++);
      if (options.rank) {
        cell_text(std::to_string(i + 1), ui::kMuted, row_h);
        ImGui::TableSetColumnIndex(column++);
      }
      if (movie == nullptr) {
        cell_text("Loading…", ui::kMuted, row_h);
        continue;
      }
      // The whole row is one selectable; the title is drawn over it.
      const std::string label = "###" + prefix + ".row." + std::to_string(i);
      const float title_width = ImGui::GetContentRegionAvail().x;
      const ImVec2 start = ImGui::GetCursorPos();
      if (ImGui::Selectable(label.c_str(), false,
                            ImGuiSelectableFlags_SpanAllColumns | ImGuiSelectableFlags_AllowOverlap,
                            ImVec2(0.0f, row_h))) {
        ctx.actions.emplace_back(OpenMovie{movie->id});
      }
      ctx.track(label, {.link = true, .name = movie->title});
      ctx.text(prefix + ".row." + std::to_string(i), movie->title);
      const bool row_hovered = ImGui::IsItemHovered();
      ImGui::SetCursorPos(start);
      centre_line(row_h);
      const bool cut =
          widgets::text_ellipsis(movie->title, title_width, row_hovered ? ui::kAccent : ui::kText);
      if (cut && row_hovered) {
        widgets::tooltip(movie->title);
        ctx.text("tooltip", movie->title);
      }

      ImGui::TableSetColumnIndex(column++);
      cell_text(movie->release_year ? std::to_string(*movie->release_year) : "—", ui::kMuted,
                row_h);
      if (show_type) {
        ImGui::TableSetColumnIndex(column++);
        cell_text(ui::type_label(movie->type), ui::kMuted, row_h);
      }
      if (show_genres) {
        ImGui::TableSetColumnIndex(column++);
        cell_text(movie->genres.empty() ? "—" : ui::genre_list(movie->genres), ui::kMuted, row_h);
      }
      if (options.reason) {
        ImGui::TableSetColumnIndex(column++);
        cell_text(options.reason(i), ui::kText, row_h);
      }
      ImGui::TableSetColumnIndex(column++);
      if (movie->imdb_score) {
        cell_text("★ " + ui::score(*movie->imdb_score), ui::kAccent, row_h);
      } else {
        cell_text("—", ui::kMuted, row_h);
      }
      if (options.likes) {
        ImGui::TableSetColumnIndex(column++);
        cell_text("♥ " + ui::thousands(movie->likes), movie->likes > 0 ? ui::kText : ui::kMuted,
                  row_h);
      }
    }
  }
  ImGui::EndTable();
  if (visible.first > visible.last) visible = {0, 0};
  return visible;
}

}  // namespace moviedb::client::views
