#include "views/admin_audit_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <boost/json/serialize.hpp>
#include <string>
#include <utility>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

void AdminAuditView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& audit = state.admin.audit;
  const float px = ctx.px();
  widgets::heading_with_note("Audit log", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("audit.status", to_string(audit.load.phase));
  ctx.text("audit.total", std::to_string(audit.total));

  bool apply = false;
  // Each field goes beside the one before while it fits (a phone wraps).
  bool first = true;
  auto filter = [&](const char* id, const char* hint, std::string& value, float width = 170.0f) {
    if (!std::exchange(first, false)) widgets::flow(width * px);
    ImGui::SetNextItemWidth(width * px);
    apply |= ImGui::InputTextWithHint(id, hint, &value, ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.track(id);
  };
  filter("###audit.actor", "Actor (username or id)", actor_);
  filter("###audit.action", "Action (create, update…)", action_);
  filter("###audit.collection", "Collection (movies, users…)", collection_);
  filter("###audit.since", "From YYYY-MM-DD", since_, 140.0f);
  filter("###audit.until", "To YYYY-MM-DD", until_, 140.0f);
  widgets::flow(widgets::button_width("Apply"));
  apply |= widgets::button("Apply###audit.apply", ctx, widgets::Tone::primary);
  widgets::flow(widgets::button_width("Refresh###audit.refresh"));
  if (widgets::button("Refresh###audit.refresh", ctx, widgets::Tone::secondary,
                      !audit.load.loading())) {
    ctx.actions.emplace_back(Reload{});
  }
  if (apply)
    ctx.actions.emplace_back(SetAuditFilter{{actor_, action_, collection_, since_, until_}});
  const std::string entries = ui::thousands(audit.total) + " entries";
  widgets::flow(widgets::text_width(entries));
  ImGui::AlignTextToFramePadding();
  widgets::muted(entries);
  if (audit.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  if (audit.load.phase == LoadPhase::failed &&
      widgets::error_panel(audit.load.error, "Retry###audit.retry", ctx)) {
    ctx.actions.emplace_back(Reload{});
  }

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!widgets::data_table("##audit", 5, kFlags, 900.0f, 1, ctx)) return;
  ImGui::TableSetupColumn("When", ImGuiTableColumnFlags_WidthFixed, 190.0f * px);
  ImGui::TableSetupColumn("Who", ImGuiTableColumnFlags_WidthFixed, 130.0f * px);
  ImGui::TableSetupColumn("Action", ImGuiTableColumnFlags_WidthFixed, 160.0f * px);
  ImGui::TableSetupColumn("Ids", ImGuiTableColumnFlags_WidthFixed, 220.0f * px);
  ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableHeadersRow();
  const float row_h = widgets::row_height(ctx);
  for (std::size_t i = 0; i < audit.items.size(); ++i) {
    const auto& e = audit.items[i];
    std::string ids;
    for (const auto& id : e.ids) ids += (ids.empty() ? "" : ", ") + id;
    const std::string who = e.actor_username.empty() ? e.actor_id : e.actor_username;
    ctx.text("audit.row." + std::to_string(i),
             who + " " + e.action + " " + e.collection + " " + ids);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    ImGui::TableSetColumnIndex(0);
    widgets::cell_text(e.at, ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(1);
    widgets::cell_text(who, ui::kText, row_h);
    ImGui::TableSetColumnIndex(2);
    widgets::cell_text(e.action + " · " + e.collection, ui::kAccent, row_h);
    ImGui::TableSetColumnIndex(3);
    widgets::cell_text(ids.empty() ? "—" : ids, ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(4);
    widgets::cell_text(boost::json::serialize(e.summary), ui::kMuted, row_h);
  }
  ImGui::EndTable();
}

std::unique_ptr<View> make_admin_audit_view() {
  return std::make_unique<AdminAuditView>();
}

}  // namespace moviedb::client::views
