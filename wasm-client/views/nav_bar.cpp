#include "views/nav_bar.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <string_view>
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

// Who is signed in (or not), and the account's one action.
struct Account {
  std::string who;     // the display name, or what browsing without one means
  std::string action;  // a button label with its ###id
  bool signed_in = false;
  bool signed_out = false;  // anonymous (restoring is neither)
};

Account account_of(const AppState& state) {
  if (state.session.signed_in())
    return {std::string(state.session.display_name()), "Sign out###nav.signout", true};
  if (state.session.phase == SessionPhase::restoring)
    return {"Restoring your session…", "Sign out###nav.signout"};
  return {"Browsing without an account", "Sign in###nav.signin", false, true};
}

// True when pressed.
bool account_action(const Account& account, const ViewContext& ctx, float width = 0.0f) {
  const auto tone = account.signed_out ? widgets::Tone::primary : widgets::Tone::secondary;
  if (!widgets::button(account.action, ctx, tone, true, width)) return false;
  if (account.signed_out) {
    ctx.actions.emplace_back(Navigate{Screen::login});
  } else {
    ctx.actions.emplace_back(SignOut{});
  }
  return true;
}

// "● Ada" in green when signed in; otherwise muted.
void who(const Account& account, const ViewContext& ctx) {
  if (!account.signed_in) return widgets::muted(account.who);
  ImGui::TextColored(ui::kGood, "●");
  ImGui::SameLine(0, 4.0f * ctx.px());
  ImGui::TextUnformatted(account.who.c_str());
}

float who_width(const Account& account) {
  const float dot = account.signed_in ? ImGui::CalcTextSize("● ").x : 0.0f;
  return dot + ImGui::CalcTextSize(account.who.c_str()).x;
}

// The top-level sections and, for admins, the admin workspace: in a row, or
// (`stacked`) one full-width button each. True when one was chosen.
bool sections(const AppState& state, const ViewContext& ctx, bool stacked) {
  const float px = ctx.px();
  const float width = stacked ? -1.0f : 0.0f;
  const Screen section = section_of(state);
  bool chosen = false;
  bool first = true;
  for (const auto& info : all_screens()) {
    if (info.kind != ScreenKind::top_level) continue;
    if (!std::exchange(first, false) && !stacked) ImGui::SameLine(0.0f, 6.0f * px);
    const std::string label = std::string(info.label) + "###nav." + std::string(info.name);
    const auto tone = info.screen == section ? widgets::Tone::selected : widgets::Tone::secondary;
    if (widgets::button(label, ctx, tone, true, width)) {
      ctx.actions.emplace_back(Navigate{info.screen});
      chosen = true;
    }
  }
  if (is_admin(state.session)) {
    if (!stacked) ImGui::SameLine(0.0f, 18.0f * px);
    const auto tone = is_admin_screen(section) ? widgets::Tone::selected : widgets::Tone::primary;
    if (widgets::button("Admin###nav.admin", ctx, tone, true, width)) {
      ctx.actions.emplace_back(Navigate{Screen::admin_movies});
      chosen = true;
    }
  }
  return chosen;
}

// A desktop's bar: the sections after the name, the account on the right.
void wide_bar(const AppState& state, const Account& account, const ViewContext& ctx, ImVec2 origin,
              float width, float height) {
  const float px = ctx.px();
  const float pad = ctx.page_padding();
  const float y = origin.y + (height - ImGui::GetFrameHeight()) * 0.5f;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + pad + 130.0f * px, y));
  sections(state, ctx, false);

  const std::string_view visible(account.action.data(), account.action.find("###"));
  const float action_w = ImGui::CalcTextSize(visible.data(), visible.data() + visible.size()).x +
                         ImGui::GetStyle().FramePadding.x * 2;
  const float who_w = who_width(account);
  const float right = origin.x + width - pad;
  ImGui::SetCursorScreenPos(ImVec2(right - action_w - who_w - 14.0f * px,
                                   origin.y + (height - ImGui::GetTextLineHeight()) * 0.5f));
  who(account, ctx);
  ImGui::SetCursorScreenPos(ImVec2(right - action_w, y));
  account_action(account, ctx);
}

// A phone's bar: the name and a Menu button; the menu holds the sections
// and the account, one finger-sized button each (44 CSS px).
void compact_bar(const AppState& state, const Account& account, const ViewContext& ctx,
                 ImVec2 origin, float width, float height) {
  const float px = ctx.px();
  const float pad = ctx.page_padding();
  const float menu_w = ImGui::CalcTextSize("Menu").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SetCursorScreenPos(ImVec2(origin.x + width - pad - menu_w,
                                   origin.y + (height - ImGui::GetFrameHeight()) * 0.5f));
  if (widgets::button("Menu###nav.menu", ctx)) ImGui::OpenPopup("##nav.menu.popup");

  ImGui::SetNextWindowPos(ImVec2(origin.x + width - pad, origin.y + height), ImGuiCond_Always,
                          ImVec2(1.0f, 0.0f));
  ImGui::SetNextWindowSize(ImVec2(std::min(260.0f * px, width - 2 * pad), 0.0f));
  if (!ImGui::BeginPopup("##nav.menu.popup")) return;
  const float frame_pad_y = (44.0f * px - ImGui::GetFontSize()) * 0.5f;
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding,
                      ImVec2(ImGui::GetStyle().FramePadding.x, frame_pad_y));
  bool chosen = sections(state, ctx, true);
  ImGui::Separator();
  who(account, ctx);
  chosen |= account_action(account, ctx, -1.0f);
  ImGui::PopStyleVar();
  if (chosen) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
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

  ImGui::PushFont(ctx.fonts.heading());
  const float brand_h = ImGui::GetTextLineHeight();
  ImGui::SetCursorScreenPos(
      ImVec2(origin.x + ctx.page_padding(), origin.y + (height - brand_h) * 0.5f));
  ImGui::TextColored(ui::kAccent, "moviedb");
  ImGui::PopFont();

  if (state.session.signed_in()) ctx.text("user", state.session.user.username);
  const Account account = account_of(state);
  if (ctx.compact()) {
    compact_bar(state, account, ctx, origin, width, height);
  } else {
    wide_bar(state, account, ctx, origin, width, height);
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
  ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace moviedb::client::views
