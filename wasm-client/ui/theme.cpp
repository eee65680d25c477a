#include "ui/theme.hpp"

namespace moviedb::client::ui {

void apply_theme(Fit fit) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 10.0f;
  style.ChildRounding = 8.0f;
  style.FrameRounding = 6.0f;
  style.PopupRounding = 6.0f;
  style.GrabRounding = 6.0f;
  style.TabRounding = 6.0f;
  style.ScrollbarRounding = 8.0f;
  style.WindowBorderSize = 1.0f;
  style.ChildBorderSize = 1.0f;
  style.PopupBorderSize = 1.0f;
  style.WindowPadding = fit.compact ? ImVec2(14.0f, 14.0f) : ImVec2(28.0f, 24.0f);
  // A frame is the font's line plus twice this: 16 + 2 × 14 = kTouchTarget.
  style.FramePadding = ImVec2(12.0f, fit.touch ? 14.0f : 7.0f);
  style.ItemSpacing = ImVec2(10.0f, 10.0f);
  style.ItemInnerSpacing = ImVec2(8.0f, 6.0f);
  style.CellPadding = ImVec2(10.0f, 6.0f);
  style.ScrollbarSize = 12.0f;
  style.GrabMinSize = 12.0f;
  style.SelectableTextAlign = ImVec2(0.0f, 0.5f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = kText;
  c[ImGuiCol_TextDisabled] = kMuted;
  c[ImGuiCol_WindowBg] = kSurface;
  c[ImGuiCol_ChildBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_PopupBg] = ImVec4(0.10f, 0.12f, 0.16f, 0.98f);
  c[ImGuiCol_Border] = kBorder;
  c[ImGuiCol_FrameBg] = ImVec4(0.13f, 0.15f, 0.20f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.17f, 0.20f, 0.26f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.20f, 0.23f, 0.30f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.18f, 0.21f, 0.28f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.24f, 0.28f, 0.37f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.28f, 0.32f, 0.42f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.20f, 0.23f, 0.30f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.19f, 0.22f, 0.29f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.24f, 0.28f, 0.36f, 1.0f);
  c[ImGuiCol_Separator] = kBorder;
  c[ImGuiCol_CheckMark] = kAccent;
  c[ImGuiCol_SliderGrab] = kAccent;
  c[ImGuiCol_SliderGrabActive] = ImVec4(1.0f, 0.80f, 0.40f, 1.0f);
  c[ImGuiCol_TitleBg] = kSurface;
  c[ImGuiCol_TitleBgActive] = ImVec4(0.11f, 0.13f, 0.18f, 1.0f);
  c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_ScrollbarGrab] = ImVec4(0.24f, 0.27f, 0.34f, 1.0f);
  c[ImGuiCol_ScrollbarGrabHovered] = ImVec4(0.30f, 0.34f, 0.42f, 1.0f);
  c[ImGuiCol_ScrollbarGrabActive] = ImVec4(0.36f, 0.40f, 0.50f, 1.0f);
  c[ImGuiCol_TableHeaderBg] = kPanel;
  c[ImGuiCol_TableBorderStrong] = kBorder;
  c[ImGuiCol_TableBorderLight] = ImVec4(0.16f, 0.18f, 0.24f, 1.0f);
  c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
  c[ImGuiCol_TableRowBgAlt] = ImVec4(1.0f, 1.0f, 1.0f, 0.025f);
  c[ImGuiCol_NavHighlight] = kAccent;
  c[ImGuiCol_TextSelectedBg] = ImVec4(0.96f, 0.71f, 0.26f, 0.30f);
  c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.5f);

  style.ScaleAllSizes(fit.pixel_ratio);
  ImGui::GetStyle() = style;
}

}  // namespace moviedb::client::ui
