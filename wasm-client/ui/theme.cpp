#include "ui/theme.hpp"

namespace moviedb::client::ui {

void apply_theme(float pixel_ratio) {
  ImGuiStyle style;
  ImGui::StyleColorsDark(&style);
  style.WindowRounding = 10.0f;
  style.ChildRounding = 8.0f;
  style.FrameRounding = 6.0f;
  style.PopupRounding = 6.0f;
  style.GrabRounding = 6.0f;
  style.WindowBorderSize = 1.0f;
  style.WindowPadding = ImVec2(28.0f, 24.0f);
  style.FramePadding = ImVec2(14.0f, 8.0f);
  style.ItemSpacing = ImVec2(10.0f, 10.0f);
  style.ItemInnerSpacing = ImVec2(8.0f, 6.0f);

  ImVec4* c = style.Colors;
  c[ImGuiCol_Text] = ImVec4(0.91f, 0.92f, 0.95f, 1.0f);
  c[ImGuiCol_TextDisabled] = kMuted;
  c[ImGuiCol_WindowBg] = ImVec4(0.086f, 0.102f, 0.137f, 1.0f);
  c[ImGuiCol_PopupBg] = ImVec4(0.10f, 0.12f, 0.16f, 0.98f);
  c[ImGuiCol_Border] = ImVec4(0.20f, 0.23f, 0.30f, 1.0f);
  c[ImGuiCol_FrameBg] = ImVec4(0.13f, 0.15f, 0.20f, 1.0f);
  c[ImGuiCol_FrameBgHovered] = ImVec4(0.17f, 0.20f, 0.26f, 1.0f);
  c[ImGuiCol_FrameBgActive] = ImVec4(0.20f, 0.23f, 0.30f, 1.0f);
  c[ImGuiCol_Button] = ImVec4(0.22f, 0.40f, 0.75f, 1.0f);
  c[ImGuiCol_ButtonHovered] = ImVec4(0.29f, 0.49f, 0.87f, 1.0f);
  c[ImGuiCol_ButtonActive] = ImVec4(0.18f, 0.34f, 0.65f, 1.0f);
  c[ImGuiCol_Header] = ImVec4(0.20f, 0.23f, 0.30f, 1.0f);
  c[ImGuiCol_HeaderHovered] = ImVec4(0.25f, 0.29f, 0.37f, 1.0f);
  c[ImGuiCol_HeaderActive] = ImVec4(0.28f, 0.32f, 0.41f, 1.0f);
  c[ImGuiCol_Separator] = c[ImGuiCol_Border];
  c[ImGuiCol_CheckMark] = kAccent;
  c[ImGuiCol_SliderGrab] = kAccent;
  c[ImGuiCol_TitleBg] = c[ImGuiCol_WindowBg];
  c[ImGuiCol_TitleBgActive] = ImVec4(0.11f, 0.13f, 0.18f, 1.0f);

  style.ScaleAllSizes(pixel_ratio);
  ImGui::GetStyle() = style;
}

}  // namespace moviedb::client::ui
