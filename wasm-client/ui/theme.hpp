#pragma once
// Colours and metrics shared by every view.
#include <imgui.h>

namespace moviedb::client::ui {

// What the style's sizes depend on: the device pixel ratio, a finger for a
// pointer (frames 44 CSS px tall, the smallest comfortable target), a phone's
// width (narrower margins).
struct Fit {
  float pixel_ratio = 1.0f;
  bool touch = false;
  bool compact = false;
  bool operator==(const Fit&) const = default;
};

// Resets ImGui's style to ours, with sizes fitted to `fit`.
void apply_theme(Fit fit);

// Narrower than 700 CSS px (a phone) views fold what sits side by side.
inline constexpr bool is_compact(double css_width) {
  return css_width < 700.0;
}
// The least height and width of anything a finger taps, CSS px.
inline constexpr float kTouchTarget = 44.0f;

// Background behind all windows (the framebuffer clear colour).
inline constexpr ImVec4 kBackground{0.055f, 0.067f, 0.090f, 1.0f};
// The app's main surface and the panels raised above it.
inline constexpr ImVec4 kSurface{0.086f, 0.102f, 0.137f, 1.0f};
inline constexpr ImVec4 kPanel{0.110f, 0.129f, 0.173f, 1.0f};
inline constexpr ImVec4 kBorder{0.20f, 0.23f, 0.30f, 1.0f};
inline constexpr ImVec4 kText{0.91f, 0.92f, 0.95f, 1.0f};
inline constexpr ImVec4 kAccent{0.96f, 0.71f, 0.26f, 1.0f};
inline constexpr ImVec4 kAccentDim{0.96f, 0.71f, 0.26f, 0.16f};
inline constexpr ImVec4 kMuted{0.60f, 0.64f, 0.72f, 1.0f};
inline constexpr ImVec4 kGood{0.40f, 0.80f, 0.52f, 1.0f};
inline constexpr ImVec4 kBad{0.96f, 0.45f, 0.42f, 1.0f};
inline constexpr ImVec4 kLink{0.55f, 0.75f, 1.0f, 1.0f};

// Layout metrics in CSS pixels (multiply by the pixel ratio).
inline constexpr float kNavHeight = 60.0f;
inline constexpr float kPagePadding = 24.0f;
inline constexpr float kPagePaddingCompact = 14.0f;
inline constexpr float kSidebarWidth = 270.0f;
inline constexpr float kRowHeight = 34.0f;

}  // namespace moviedb::client::ui
