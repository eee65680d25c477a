#include "views/widgets.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cctype>
#include <cmath>

#include "ui/theme.hpp"

namespace moviedb::client::views::widgets {

bool button(const std::string& label, const ViewContext& ctx, Tone tone, bool enabled,
            float width) {
  int colours = 0;
  switch (tone) {
    case Tone::primary:
      ImGui::PushStyleColor(ImGuiCol_Button, ui::kAccent);
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(1.0f, 0.80f, 0.40f, 1.0f));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.88f, 0.62f, 0.20f, 1.0f));
      ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.08f, 0.08f, 0.10f, 1.0f));
      colours = 4;
      break;
    case Tone::selected:
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.96f, 0.71f, 0.26f, 0.22f));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.96f, 0.71f, 0.26f, 0.30f));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.96f, 0.71f, 0.26f, 0.38f));
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccent);
      colours = 4;
      break;
    case Tone::danger:
      ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.96f, 0.45f, 0.42f, 0.16f));
      ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(0.96f, 0.45f, 0.42f, 0.26f));
      ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(0.96f, 0.45f, 0.42f, 0.34f));
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
      colours = 4;
      break;
    case Tone::secondary:
      break;
  }
  ImGui::BeginDisabled(!enabled);
  const bool pressed = ImGui::Button(label.c_str(), ImVec2(width, 0.0f));
  ImGui::EndDisabled();
  ctx.track(label);
  ImGui::PopStyleColor(colours);
  return pressed && enabled;
}

bool link(const std::string& label, const ViewContext& ctx) {
  const std::string_view visible(label.data(), std::min(label.find("##"), label.size()));
  const ImVec2 size = ImGui::CalcTextSize(visible.data(), visible.data() + visible.size());
  // A finger needs a target taller than a line of text: the text is centred in it.
  const float target = ctx.touch() ? ui::kTouchTarget * ctx.px() : 0.0f;
  const ImVec2 hit(std::max({size.x, target, 1.0f}), std::max(size.y, target));
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const ImVec2 pos(at.x, at.y + (hit.y - size.y) * 0.5f);
  const bool pressed = ImGui::InvisibleButton(label.c_str(), hit);
  ctx.track(label, {.link = true});
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImU32 colour = ImGui::GetColorU32(hovered ? ui::kAccent : ui::kLink);
  draw->AddText(pos, colour, visible.data(), visible.data() + visible.size());
  if (hovered) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    draw->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y), colour,
                  std::max(1.0f, ctx.px()));
  }
  return pressed;
}

void flow(float width, float spacing) {
  ImGui::SameLine(0.0f, spacing);
  if (ImGui::GetContentRegionAvail().x < width) ImGui::NewLine();
}

float button_width(std::string_view label) {
  return text_width(label.substr(0, label.find("##"))) + ImGui::GetStyle().FramePadding.x * 2.0f;
}

float text_width(std::string_view text) {
  return ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
}

bool data_table(const char* id, int columns, ImGuiTableFlags flags, float min_width_css, int pinned,
                const ViewContext& ctx, float height) {
  const float min_width = min_width_css * ctx.px();
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const bool sideways = avail.x < min_width;
  if (sideways) flags |= ImGuiTableFlags_ScrollX;
  // On a short screen a table keeps a useful height and the page scrolls.
  const ImVec2 size(0.0f, height > 0.0f ? height : std::max(avail.y, 320.0f * ctx.px()));
  if (!ImGui::BeginTable(id, columns, flags, size, sideways ? min_width : 0.0f)) return false;
  ImGui::TableSetupScrollFreeze(sideways ? pinned : 0, 1);
  return true;
}

float row_height(const ViewContext& ctx) {
  return std::max(ui::kRowHeight * ctx.px(), ImGui::GetFrameHeight() + 2.0f * ctx.px());
}

void spinner(const ViewContext& ctx, float radius_css) {
  const float r = radius_css * ctx.px();
  const float thickness = 2.5f * ctx.px();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float line = ImGui::GetTextLineHeight();
  ImGui::Dummy(ImVec2(r * 2, line));
  const ImVec2 centre(pos.x + r, pos.y + line * 0.5f);
  const float t = static_cast<float>(ImGui::GetTime());
  const float start = t * 6.0f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PathClear();
  constexpr int kSegments = 24;
  for (int i = 0; i <= kSegments; ++i) {
    const float a = start + (static_cast<float>(i) / kSegments) * 4.2f;
    draw->PathLineTo(ImVec2(centre.x + std::cos(a) * r, centre.y + std::sin(a) * r));
  }
  draw->PathStroke(ImGui::GetColorU32(ui::kAccent), 0, thickness);
}

void busy_bar(std::string_view label, const ViewContext& ctx) {
  const float w = ImGui::GetContentRegionAvail().x;
  const float h = ImGui::GetFrameHeight();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImGui::Dummy(ImVec2(w, h));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float rounding = 4.0f * ctx.px();
  draw->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), ImGui::GetColorU32(ui::kAccentDim),
                      rounding);
  // Ping-pong over 1.6 s: the block's left edge goes 0 → w - block → 0.
  const float block = w * 0.25f;
  const float t = std::fmod(static_cast<float>(ImGui::GetTime()) / 1.6f, 1.0f);
  const float x = pos.x + (w - block) * (t < 0.5f ? t * 2.0f : 2.0f - t * 2.0f);
  draw->AddRectFilled(ImVec2(x, pos.y), ImVec2(x + block, pos.y + h),
                      ImGui::GetColorU32(ui::kAccent), rounding);
  const ImVec2 size = ImGui::CalcTextSize(label.data(), label.data() + label.size());
  const ImVec2 at(pos.x + (w - size.x) * 0.5f, pos.y + (h - size.y) * 0.5f);
  draw->AddRectFilled(ImVec2(at.x - 6.0f * ctx.px(), at.y),
                      ImVec2(at.x + size.x + 6.0f * ctx.px(), at.y + size.y),
                      ImGui::GetColorU32(ui::kBackground), rounding);
  draw->AddText(at, ImGui::GetColorU32(ui::kText), label.data(), label.data() + label.size());
}

std::int64_t pager(std::int64_t page, std::int64_t pages, const std::string& key,
                   const ViewContext& ctx) {
  std::int64_t wanted = 0;
  if (button("< Prev###" + key + ".prev", ctx, Tone::secondary, page > 1)) wanted = page - 1;
  const std::string where = "Page " + std::to_string(page) + " of " + std::to_string(pages);
  flow(text_width(where));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(where.c_str());
  ctx.text(key + ".page", std::to_string(page));
  flow(button_width("Next >"));
  if (button("Next >###" + key + ".next", ctx, Tone::secondary, page < pages)) wanted = page + 1;
  return wanted;
}

bool text_ellipsis(std::string_view text, float width, const ImVec4& colour) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const float w = std::max(width, 1.0f);
  ImGui::Dummy(ImVec2(w, ImGui::GetTextLineHeight()));
  const bool cut = draw_ellipsis(pos, w, text, colour);
  if (cut) item_tooltip(text);
  return cut;
}

bool draw_ellipsis(ImVec2 pos, float width, std::string_view text, const ImVec4& colour) {
  const char* begin = text.data();
  const char* end = text.data() + text.size();
  const ImVec2 size = ImGui::CalcTextSize(begin, end);
  ImGui::PushStyleColor(ImGuiCol_Text, colour);
  ImGui::RenderTextEllipsis(ImGui::GetWindowDrawList(), pos, ImVec2(pos.x + width, pos.y + size.y),
                            pos.x + width, pos.x + width, begin, end, &size);
  ImGui::PopStyleColor();
  return size.x > width;
}

void centre_line(float row_h) {
  const float offset = (row_h - ImGui::GetTextLineHeight()) * 0.5f;
  ImGui::SetCursorPosY(ImGui::GetCursorPosY() + std::max(0.0f, offset));
}

void cell_text(std::string_view text, const ImVec4& colour, float row_h) {
  centre_line(row_h);
  text_ellipsis(text, ImGui::GetContentRegionAvail().x, colour);
}

void tooltip(std::string_view text) {
  const float px = ImGui::GetStyle().FramePadding.x / 12.0f;  // the theme's scale
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12.0f * px, 7.0f * px));
  ImGui::SetTooltip("%.*s", static_cast<int>(text.size()), text.data());
  ImGui::PopStyleVar();
}

void item_tooltip(std::string_view text) {
  if (ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip)) tooltip(text);
}

void muted(std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kMuted);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopStyleColor();
}

void muted_wrapped(std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kMuted);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void heading(std::string_view text, const ViewContext& ctx, std::string_view key) {
  ImGui::PushFont(ctx.fonts.heading());
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopFont();
  if (!key.empty()) ctx.text(key, text);
}

void heading_with_note(std::string_view text, std::string_view note, const ViewContext& ctx) {
  const float y = ImGui::GetCursorPosY();
  heading(text, ctx);
  ImGui::SameLine();
  // Both lines share a baseline: drop the smaller font by the ascent difference.
  ImGui::SetCursorPosY(y + ctx.fonts.heading()->Ascent - ImGui::GetFont()->Ascent);
  muted(note);
}

void section_label(std::string_view text) {
  std::string upper(text);
  for (auto& ch : upper) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kMuted);
  ImGui::TextUnformatted(upper.c_str());
  ImGui::PopStyleColor();
}

void empty_state(std::string_view title, std::string_view body) {
  const float width = ImGui::GetContentRegionAvail().x;
  ImGui::Dummy(ImVec2(0, ImGui::GetTextLineHeight() * 2));
  const ImVec2 title_size = ImGui::CalcTextSize(title.data(), title.data() + title.size());
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() + std::max(0.0f, (width - title_size.x) * 0.5f));
  ImGui::TextUnformatted(title.data(), title.data() + title.size());
  if (!body.empty()) {
    const float wrap = std::min(width, title_size.x * 2.0f + 200.0f);
    const ImVec2 body_size =
        ImGui::CalcTextSize(body.data(), body.data() + body.size(), false, wrap);
    const float x = ImGui::GetCursorPosX() + std::max(0.0f, (width - body_size.x) * 0.5f);
    ImGui::SetCursorPosX(x);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kMuted);
    ImGui::PushTextWrapPos(x + body_size.x + 1.0f);
    ImGui::TextUnformatted(body.data(), body.data() + body.size());
    ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
  }
}

bool error_panel(std::string_view message, const std::string& retry_label, const ViewContext& ctx) {
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(message.data(), message.data() + message.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  return button(retry_label, ctx);
}

void sign_in_card(std::string_view reason, const ViewContext& ctx) {
  gap(ctx, 24);
  empty_state(reason, "Your likes, dislikes and watched titles live in your account.");
  gap(ctx, 8);
  const float w = 140.0f * ctx.px();
  ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                       std::max(0.0f, (ImGui::GetContentRegionAvail().x - w) * 0.5f));
  if (button("Sign in###signin.prompt", ctx, Tone::primary, true, w)) {
    ctx.actions.emplace_back(Navigate{Screen::login});
  }
}

void tag(std::string_view text) {
  const ImVec2 pad = ImVec2(8.0f * ImGui::GetStyle().FramePadding.x / 12.0f,
                            3.0f * ImGui::GetStyle().FramePadding.y / 7.0f);
  const ImVec2 size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 box(size.x + pad.x * 2, size.y + pad.y * 2);
  ImGui::Dummy(box);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y), ImGui::GetColorU32(ui::kAccentDim),
                      box.y * 0.5f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), ImGui::GetColorU32(ui::kAccent), text.data(),
                text.data() + text.size());
}

void tags(const std::vector<std::string>& items) {
  const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
  const float spacing = ImGui::GetStyle().ItemSpacing.x * 0.6f;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) {
      const float next =
          ImGui::CalcTextSize(items[i].c_str()).x + ImGui::GetStyle().FramePadding.x * 2;
      ImGui::SameLine(0, spacing);
      if (ImGui::GetCursorScreenPos().x + next > right) ImGui::NewLine();
    }
    tag(items[i]);
  }
}

void gap(const ViewContext& ctx, float css_px) {
  ImGui::Dummy(ImVec2(0.0f, css_px * ctx.px()));
}

}  // namespace moviedb::client::views::widgets
