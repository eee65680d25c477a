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

namespace {

// "1994 · Movie · ★ 9.2 · ♥ 12": what the table's narrow columns say, on one line.
std::string facts_of(const domain::Movie& movie, bool likes) {
  std::string facts = movie.release_year ? std::to_string(*movie.release_year) : "—";
  facts += " · " + ui::type_label(movie.type);
  if (movie.imdb_score) facts += " · ★ " + ui::score(*movie.imdb_score);
  if (likes) facts += " · ♥ " + ui::thousands(movie.likes);
  return facts;
}

// A phone's list: one card per title, its title on a line of its own (the
// whole width, so it is read rather than guessed) and its facts below.
VisibleRows movie_cards(const std::string& prefix, std::int64_t count,
                        const std::function<const domain::Movie*(std::int64_t)>& row,
                        const MovieTableOptions& options, const ViewContext& ctx) {
  VisibleRows visible{count, 0};
  const float px = ctx.px();
  const float line = ImGui::GetTextLineHeight();
  const float pad = 10.0f * px;
  const int lines = options.reason ? 3 : 2;
  const float card_h = std::max(
      pad * 2.0f + line * static_cast<float>(lines) + 4.0f * px * static_cast<float>(lines - 1),
      ui::kTouchTarget * px);
  const ImVec2 size(0.0f, options.height > 0 ? options.height : ImGui::GetContentRegionAvail().y);
  ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 0.0f));
  ImGui::BeginChild(("##cards." + prefix).c_str(), size, ImGuiChildFlags_None,
                    widgets::kPanelFlags);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(count), card_h);
  while (clipper.Step()) {
    visible.first = std::min<std::int64_t>(visible.first, clipper.DisplayStart);
    visible.last = std::max<std::int64_t>(visible.last, clipper.DisplayEnd);
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float width = ImGui::GetContentRegionAvail().x;
      const domain::Movie* movie = row(i);
      const std::string label = "###" + prefix + ".row." + std::to_string(i);
      if (movie == nullptr) {
        ImGui::Dummy(ImVec2(width, card_h));
        widgets::draw_ellipsis(ImVec2(at.x + pad, at.y + pad), width - pad * 2.0f, "Loading…",
                               ui::kMuted);
        continue;
      }
      if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_None,
                            ImVec2(width, card_h))) {
        ctx.actions.emplace_back(OpenMovie{movie->id});
      }
      ctx.track(label, {.link = true, .name = movie->title});
      ctx.text(prefix + ".row." + std::to_string(i), movie->title);
      const std::string title =
          options.rank ? std::to_string(i + 1) + ". " + movie->title : movie->title;
      const float text_w = width - pad * 2.0f;
      float y = at.y + pad;
      widgets::draw_ellipsis(ImVec2(at.x + pad, y), text_w, title,
                             ImGui::IsItemHovered() ? ui::kAccent : ui::kText);
      y += line + 4.0f * px;
      widgets::draw_ellipsis(ImVec2(at.x + pad, y), text_w, facts_of(*movie, options.likes),
                             ui::kMuted);
      if (options.reason)
        widgets::draw_ellipsis(ImVec2(at.x + pad, y + line + 4.0f * px), text_w, options.reason(i),
                               ui::kText);
      ImGui::GetWindowDrawList()->AddLine(ImVec2(at.x, at.y + card_h - 1.0f),
                                          ImVec2(at.x + width, at.y + card_h - 1.0f),
                                          ImGui::GetColorU32(ui::kBorder));
    }
  }
  ImGui::EndChild();
  ImGui::PopStyleVar();
  if (visible.first > visible.last) visible = {0, 0};
  return visible;
}

}  // namespace

VisibleRows movie_table(std::string_view key, std::int64_t count,
                        const std::function<const domain::Movie*(std::int64_t)>& row,
                        const MovieTableOptions& options, const ViewContext& ctx) {
  const std::string prefix(key);
  ctx.text(prefix + ".rows", std::to_string(count));
  if (ctx.compact()) return movie_cards(prefix, count, row, options, ctx);
  VisibleRows visible{count, 0};
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

  const float row_h = widgets::row_height(ctx);
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
      ctx.track(label, {.link = true, .name = movie->title, .spans_row = true});
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
