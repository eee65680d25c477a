#include "views/lists_view.hpp"

#include <imgui.h>

#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

const char* tab_label(ListKind kind) {
  switch (kind) {
    case ListKind::liked:
      return "♥ Liked";
    case ListKind::disliked:
      return "✕ Disliked";
    case ListKind::watched:
      return "✓ Watched";
  }
  return "";
}

const char* empty_text(ListKind kind) {
  switch (kind) {
    case ListKind::liked:
      return "Titles you like appear here.";
    case ListKind::disliked:
      return "Titles you dislike appear here.";
    case ListKind::watched:
      return "Titles you mark as watched appear here.";
  }
  return "";
}

}  // namespace

void ListsView::draw(const AppState& state, const ViewContext& ctx) {
  widgets::heading("My lists", ctx);
  if (!state.session.signed_in()) {
    widgets::sign_in_card("Sign in to keep lists of what you like and watch.", ctx);
    return;
  }
  const auto& lists = state.lists;
  const auto& list = lists.of(lists.tab);
  ctx.text("lists.tab", to_string(lists.tab));
  ctx.text("lists.status", to_string(list.load.phase));

  for (const auto kind : kListKinds) {
    if (kind != kListKinds.front()) ImGui::SameLine(0, 6.0f * ctx.px());
    const auto& l = lists.of(kind);
    std::string label = tab_label(kind);
    if (l.load.phase != LoadPhase::idle) label += "  " + ui::thousands(l.total);
    label += "###lists." + std::string(to_string(kind));
    const bool on = kind == lists.tab;
    if (widgets::button(label, ctx, on ? widgets::Tone::selected : widgets::Tone::secondary)) {
      ctx.actions.emplace_back(SetListTab{kind});
    }
  }
  if (list.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  widgets::gap(ctx, 4);

  std::string ids;
  for (const auto& item : list.items) ids += (ids.empty() ? "" : ",") + item.movie_id;
  ctx.text("lists.ids", ids);
  ctx.text("lists.count", std::to_string(list.total));

  if (list.load.phase == LoadPhase::failed) {
    if (widgets::error_panel(list.load.error, "Retry###lists.retry", ctx))
      ctx.actions.emplace_back(Reload{});
    if (list.items.empty()) return;
  }
  if (list.load.phase != LoadPhase::loading && list.load.phase != LoadPhase::idle &&
      list.items.empty()) {
    widgets::empty_state("Nothing here yet.", empty_text(lists.tab));
    return;
  }

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_BordersOuterH |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  const float px = ctx.px();
  const float footer = list.more() ? ImGui::GetFrameHeightWithSpacing() + 8.0f * px : 0.0f;
  const std::string table_id = "##lists." + std::string(to_string(lists.tab));
  if (widgets::data_table(table_id.c_str(), 4, kFlags, 480.0f, 1, ctx,
                          ImGui::GetContentRegionAvail().y - footer)) {
    ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
    ImGui::TableSetupColumn("Your views", ImGuiTableColumnFlags_WidthFixed, 90.0f * px);
    ImGui::TableSetupColumn("Updated", ImGuiTableColumnFlags_WidthFixed, 110.0f * px);
    ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 90.0f * px);
    ImGui::TableHeadersRow();
    const float row_h = widgets::row_height(ctx);
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(list.items.size()));
    while (clipper.Step()) {
      for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
        const auto& item = list.items[static_cast<std::size_t>(i)];
        ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
        ImGui::TableSetColumnIndex(0);
        const std::string title = item.movie_title.empty() ? item.movie_id : item.movie_title;
        const std::string id = title + "###lists.row." + std::to_string(i);
        if (ImGui::Selectable(id.c_str(), false, ImGuiSelectableFlags_AllowOverlap,
                              ImVec2(0, row_h))) {
          ctx.actions.emplace_back(OpenMovie{item.movie_id});
        }
        ctx.track(id);
        ctx.text("lists.row." + std::to_string(i), title);
        if (ImGui::CalcTextSize(title.c_str()).x > ImGui::GetItemRectSize().x) {
          widgets::item_tooltip(title);
        }
        ImGui::TableSetColumnIndex(1);
        widgets::cell_text(ui::thousands(item.views), ui::kMuted, row_h);
        ImGui::TableSetColumnIndex(2);
        widgets::cell_text(ui::day_of(item.updated_at), ui::kMuted, row_h);
        ImGui::TableSetColumnIndex(3);
        widgets::centre_line(row_h - ImGui::GetFrameHeight() + ImGui::GetTextLineHeight());
        const std::string undo = "Undo###lists.undo." + item.movie_id;
        if (widgets::button(undo, ctx)) {
          ctx.actions.emplace_back(UndoListItem{lists.tab, item.movie_id});
        }
        widgets::item_tooltip(lists.tab == ListKind::watched ? "Mark as not watched"
                                                             : "Remove your reaction");
      }
    }
    ImGui::EndTable();
  }
  if (list.more()) {
    widgets::gap(ctx, 4);
    if (widgets::button("Show more###lists.more", ctx, widgets::Tone::secondary,
                        !list.load.loading())) {
      ctx.actions.emplace_back(LoadMoreList{lists.tab});
    }
  }
}

std::unique_ptr<View> make_lists_view() {
  return std::make_unique<ListsView>();
}

}  // namespace moviedb::client::views
