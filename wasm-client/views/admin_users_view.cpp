#include "views/admin_users_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <array>
#include <string>

#include "state/admin.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

constexpr std::array<const char*, 3> kRoles{"user", "admin", "superadmin"};

void error_line(const std::string& message, const std::string& key, const ViewContext& ctx) {
  if (message.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
  ImGui::TextWrapped("%s", message.c_str());
  ImGui::PopStyleColor();
  ctx.text(key, message);
}

}  // namespace

void AdminUsersView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& users = state.admin.users;
  const float px = ctx.px();
  widgets::heading_with_note("Users", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("users.status", to_string(users.load.phase));
  ctx.text("users.total", std::to_string(users.total));
  if (users.created != created_seen_) {
    created_seen_ = users.created;
    username_.clear();
    password_.clear();
    display_name_.clear();
    role_ = "user";
  }

  // New account.
  widgets::section_label("New account");
  auto input = [&](const char* id, const char* hint, std::string& value, float w,
                   ImGuiInputTextFlags flags = 0) {
    ImGui::SetNextItemWidth(w * px);
    ImGui::InputTextWithHint(id, hint, &value, flags);
    ctx.track(id);
  };
  input("###users.new.username", "Username", username_, 150);
  widgets::flow(150 * px);
  input("###users.new.password", "Password", password_, 150, ImGuiInputTextFlags_Password);
  widgets::flow(150 * px);
  input("###users.new.display_name", "Display name", display_name_, 150);
  for (const char* role : kRoles) {
    const std::string label = std::string(role) + "###users.new.role." + role;
    widgets::flow(widgets::button_width(label), 4.0f * px);
    const bool on = role_ == role;
    if (widgets::button(label, ctx, on ? widgets::Tone::selected : widgets::Tone::secondary)) {
      role_ = role;
    }
  }
  widgets::flow(widgets::button_width("Create"), 10.0f * px);
  if (widgets::button("Create###users.create", ctx, widgets::Tone::primary, !users.creating)) {
    ctx.actions.emplace_back(CreateUser{username_, password_, role_, display_name_});
  }
  error_line(users.create_error, "users.create_error", ctx);
  for (const auto& e : users.create_field_errors) {
    error_line(e.field + ": " + e.message, "users.field." + e.field, ctx);
  }

  widgets::gap(ctx, 6);
  ImGui::SetNextItemWidth(260.0f * px);
  if (ImGui::InputTextWithHint("###users.search", "Search usernames… (Enter)", &q_,
                               ImGuiInputTextFlags_EnterReturnsTrue)) {
    ctx.actions.emplace_back(SetUserSearch{q_});
  }
  ctx.track("###users.search");
  const std::string accounts = ui::thousands(users.total) + " accounts";
  widgets::flow(widgets::text_width(accounts));
  ImGui::AlignTextToFramePadding();
  widgets::muted(accounts);
  if (users.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  ImGui::SetNextItemWidth(200.0f * px);
  ImGui::InputTextWithHint("###users.reset_password", "New password for Reset", &reset_password_,
                           ImGuiInputTextFlags_Password);
  ctx.track("###users.reset_password");
  error_line(users.message, "users.message", ctx);
  if (users.load.phase == LoadPhase::failed &&
      widgets::error_panel(users.load.error, "Retry###users.retry", ctx)) {
    ctx.actions.emplace_back(Reload{});
  }

  if (!users.pending_delete.empty()) {
    std::string name = users.pending_delete;
    for (const auto& u : users.items) {
      if (u.id == users.pending_delete) name = u.username;
    }
    error_line("Delete the account “" + name + "” and its sessions? This cannot be undone.",
               "users.delete.pending", ctx);
    if (widgets::button("Delete account###users.delete.confirm", ctx, widgets::Tone::danger,
                        users.busy_id.empty())) {
      ctx.actions.emplace_back(ConfirmDeleteUser{});
    }
    widgets::flow(widgets::button_width("Cancel###users.delete.cancel"));
    if (widgets::button("Cancel###users.delete.cancel", ctx)) {
      ctx.actions.emplace_back(AskDeleteUser{});
    }
  }

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!widgets::data_table("##admin.users", 5, kFlags, 900.0f, 1, ctx)) return;
  ImGui::TableSetupColumn("Username", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableSetupColumn("Display name", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  // Columns of buttons fit their buttons (0: as wide as the widest row's).
  ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthFixed, 0.0f);
  ImGui::TableSetupColumn("Status", ImGuiTableColumnFlags_WidthFixed, 90.0f * px);
  ImGui::TableSetupColumn("", ImGuiTableColumnFlags_WidthFixed, 0.0f);
  ImGui::TableHeadersRow();
  const float row_h = widgets::row_height(ctx);
  for (std::size_t i = 0; i < users.items.size(); ++i) {
    const auto& u = users.items[i];
    const std::string n = std::to_string(i);
    const bool busy = users.busy_id == u.id;
    const std::string role(domain::to_string(u.role));
    ctx.text("users.row." + n, u.username + " " + role + (u.disabled ? " disabled" : ""));
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    ImGui::TableSetColumnIndex(0);
    widgets::cell_text(u.username, ui::kText, row_h);
    ImGui::TableSetColumnIndex(1);
    widgets::cell_text(u.display_name, ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(2);
    widgets::centre_line(row_h - ImGui::GetFrameHeight() + ImGui::GetTextLineHeight());
    for (const char* r : kRoles) {
      if (r != kRoles.front()) ImGui::SameLine(0, 4.0f * px);
      const bool on = role == r;
      if (widgets::button(std::string(r) + "###users.role." + n + "." + r, ctx,
                          on ? widgets::Tone::selected : widgets::Tone::secondary, !busy && !on)) {
        ctx.actions.emplace_back(ChangeUser{u.id, {.role = std::string(r)}});
      }
    }
    ImGui::TableSetColumnIndex(3);
    widgets::cell_text(u.disabled ? "disabled" : "active", u.disabled ? ui::kBad : ui::kGood,
                       row_h);
    ImGui::TableSetColumnIndex(4);
    widgets::centre_line(row_h - ImGui::GetFrameHeight() + ImGui::GetTextLineHeight());
    if (widgets::button((u.disabled ? "Enable###users.disable." : "Disable###users.disable.") + n,
                        ctx, widgets::Tone::secondary, !busy)) {
      ctx.actions.emplace_back(ChangeUser{u.id, {.disabled = !u.disabled}});
    }
    ImGui::SameLine(0, 4.0f * px);
    if (widgets::button("Reset password###users.reset." + n, ctx, widgets::Tone::secondary,
                        !busy && !reset_password_.empty())) {
      ctx.actions.emplace_back(ChangeUser{u.id, {.password = reset_password_}});
    }
    ImGui::SameLine(0, 4.0f * px);
    if (widgets::button("Delete###users.delete." + n, ctx, widgets::Tone::danger, !busy)) {
      ctx.actions.emplace_back(AskDeleteUser{u.id});
    }
  }
  ImGui::EndTable();
}

std::unique_ptr<View> make_admin_users_view() {
  return std::make_unique<AdminUsersView>();
}

}  // namespace moviedb::client::views
