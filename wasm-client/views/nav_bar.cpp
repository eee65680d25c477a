#include "views/nav_bar.hpp"

#include <imgui.h>

#include <string>
#include <utility>

#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

// The section a screen belongs to (a title opened from the catalog is still "Top 100").
Screen section_of(const AppState& state) {
  if (is_top_level(state.screen())) return state.screen();
  for (auto it = state.nav.history.rbegin(); it != state.nav.history.rend(); ++it) {
    if (is_top_level(it->screen)) return it->screen;
  }
  return Screen::browse;
}

}  // namespace

void NavBar::draw(const AppState& state, const ViewContext& ctx) {
  const float px = ctx.px();
  const float height = ui::kNavHeight * px;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float width = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height),
                      ImGui::GetColorU32(ui::kPanel));
  draw->AddLine(ImVec2(origin.x, origin.y + height - 1),
                ImVec2(origin.x + width, origin.y + height - 1), ImGui::GetColorU32(ui::kBorder));

  const float pad = ui::kPagePadding * px;
  const float frame_h = ImGui::GetFrameHeight();
  const float y = origin.y + (height - frame_h) * 0.5f;

  // Brand.
  ImGui::PushFont(ctx.fonts.heading());
  const float brand_h = ImGui::GetTextLineHeight();
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad, origin.y + (height - brand_h) * 0.5f));
  ImGui::TextColored(ui::kAccent, "moviedb");
  ImGui::PopFont();

  // Sections.
  const Screen section = section_of(state);
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad + 130.0f * px, y));
  bool first = true;
  for (const auto& info : all_screens()) {
    if (info.kind != ScreenKind::top_level) continue;
    if (!std::exchange(first, false)) ImGui::SameLine(0.0f, 6.0f * px);
    const std::string label = std::string(info.label) + "###nav." + std::string(info.name);
    const bool active = info.screen == section;
    if (widgets::button(label, ctx, active ? widgets::Tone::selected : widgets::Tone::secondary))
      ctx.actions.emplace_back(Navigate{info.screen});
  }
  // The admin workspace, for admins and superadmins only.
  if (is_admin(state.session)) {
    ImGui::SameLine(0.0f, 18.0f * px);
    const bool active = is_admin_screen(section);
    if (widgets::button("Admin###nav.admin", ctx,
                        active ? widgets::Tone::selected : widgets::Tone::primary)) {
      ctx.actions.emplace_back(Navigate{Screen::admin_movies});
    }
  }

  // Account, right-aligned.
  std::string who;
  std::string action;
  if (state.session.signed_in()) {
    who = "● " + std::string(state.session.display_name());
    action = "Sign out###nav.signout";
    ctx.text("user", state.session.user.username);
  } else if (state.session.phase == SessionPhase::restoring) {
    who = "Restoring your session…";
    action = "Sign out###nav.signout";
  } else {
    who = "Browsing without an account";
    action = "Sign in###nav.signin";
  }
  const std::string_view visible_action(action.data(), action.find("###"));
  const float action_w =
      ImGui::CalcTextSize(visible_action.data(), visible_action.data() + visible_action.size()).x +
      ImGui::GetStyle().FramePadding.x * 2;
  const float who_w = ImGui::CalcTextSize(who.c_str()).x;
  const float right = origin.x + width - pad;
  ImGui::SetCursorScreenPos(ImVec2(right - action_w - who_w - 14.0f * px,
                                   origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f));
  if (state.session.signed_in()) {
    ImGui::TextColored(ui::kGood, "●");
    ImGui::SameLine(0, 4.0f * px);
    ImGui::TextUnformatted(who.c_str() + std::string_view("● ").size());
  } else {
    widgets::muted(who);
  }
  ImGui::SetCursorScreenPos(ImVec2(right - action_w, y));
  const bool signed_out = state.session.phase == SessionPhase::anonymous;
  if (widgets::button(action, ctx,
                      signed_out ? widgets::Tone::primary : widgets::Tone::secondary)) {
    if (signed_out) {
      ctx.actions.emplace_back(Navigate{Screen::login});
    } else {
      ctx.actions.emplace_back(SignOut{});
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace moviedb::client::views
