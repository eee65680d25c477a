#include "views/admin_activity_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <array>
#include <string>
#include <utility>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

void AdminActivityView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& activity = state.admin.activity;
  widgets::heading_with_note("Interactions", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("activity.status", to_string(activity.load.phase));
  ctx.text("activity.total", std::to_string(activity.total));
  draw_filters(state, ctx);
  if (const auto page = widgets::pager(activity.page, activity.pages(), "activity", ctx))
    ctx.actions.emplace_back(SetActivityPage{page});
  const std::string count = ui::count_of(activity.total, "interaction", "interactions");
  widgets::flow(widgets::text_width(count));
  ImGui::AlignTextToFramePadding();
  widgets::muted(count);
  if (activity.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  if (activity.load.phase == LoadPhase::failed &&
      widgets::error_panel(activity.load.error, "Retry###activity.retry", ctx)) {
    ctx.actions.emplace_back(Reload{});
  }
  draw_table(state, ctx);
}

void AdminActivityView::draw_filters(const AppState& state, const ViewContext& ctx) {
  const float px = ctx.px();
  bool apply = false;
  // Each control goes beside the one before while it fits (a phone wraps).
  bool first = true;
  auto place = [&first](float width, float spacing = -1.0f) {
    if (!std::exchange(first, false)) widgets::flow(width, spacing);
  };
  auto field = [&](const char* id, const char* hint, std::string& value, float width) {
    place(width * px);
    ImGui::SetNextItemWidth(width * px);
    apply |= ImGui::InputTextWithHint(id, hint, &value, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.track(id);
  };
  field("###activity.user", "User (name or id)", edits_.user, 150.0f);
  field("###activity.movie", "Title id", edits_.movie, 120.0f);
  static constexpr std::array<std::pair<const char*, const char*>, 5> kKinds{
      {{"", "Any"},
       {"like", "Liked"},
       {"dislike", "Disliked"},
       {"watched", "Watched"},
       {"viewed", "Viewed"}}};
  for (const auto& [kind, label] : kKinds) {
    const std::string key = *kind ? kind : "any";
    const bool on = state.admin.activity.filter.kind == kind;
    const std::string button = std::string(label) + "###activity.kind." + key;
    place(widgets::button_width(button), *kind ? 2.0f * px : -1.0f);
    if (widgets::button(button, ctx, on ? widgets::Tone::selected : widgets::Tone::secondary)) {
      edits_.kind = kind;
      apply = true;
    }
  }
  field("###activity.since", "From YYYY-MM-DD", edits_.since, 140.0f);
  field("###activity.until", "To YYYY-MM-DD", edits_.until, 140.0f);
  place(widgets::button_width("Apply"));
  apply |= widgets::button("Apply###activity.apply", ctx, widgets::Tone::primary);
  if (apply) ctx.actions.emplace_back(SetActivityFilter{edits_});
}

void AdminActivityView::draw_table(const AppState& state, const ViewContext& ctx) {
  const auto& activity = state.admin.activity;
  const float px = ctx.px();
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!widgets::data_table("##activity", 5, kFlags, 900.0f, 1, ctx)) return;
  ImGui::TableSetupColumn("Updated", ImGuiTableColumnFlags_WidthFixed, 230.0f * px);
  ImGui::TableSetupColumn("User", ImGuiTableColumnFlags_WidthFixed, 150.0f * px);
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Title id", ImGuiTableColumnFlags_WidthFixed, 150.0f * px);
  ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_WidthFixed, 220.0f * px);
  ImGui::TableHeadersRow();
  const float row_h = widgets::row_height(ctx);
  for (std::size_t i = 0; i < activity.items.size(); ++i) {
    const auto& a = activity.items[i];
    const std::string who = a.username.empty() ? a.user_id : a.username;
    const std::string summary = activity_summary(a);
    ctx.text("activity.row." + std::to_string(i), who + " " + a.movie_title + " " + summary);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    ImGui::TableSetColumnIndex(0);
    widgets::cell_text(a.updated_at, ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(1);
    widgets::cell_text(who, ui::kText, row_h);
    ImGui::TableSetColumnIndex(2);
    widgets::cell_text(a.movie_title.empty() ? "—" : a.movie_title, ui::kText, row_h);
    ImGui::TableSetColumnIndex(3);
    widgets::cell_text(a.movie_id, ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(4);
    widgets::cell_text(summary, ui::kAccent, row_h);
  }
  ImGui::EndTable();
}

std::unique_ptr<View> make_admin_activity_view() {
  return std::make_unique<AdminActivityView>();
}

}  // namespace moviedb::client::views
