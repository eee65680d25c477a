#pragma once
// Colours and metrics shared by every view.
#include <imgui.h>

namespace moviedb::client::ui {

// Resets ImGui's style to ours, with sizes scaled to the device pixel ratio.
void apply_theme(float pixel_ratio);

// Background behind all windows (the framebuffer clear colour).
inline constexpr ImVec4 kBackground{0.055f, 0.067f, 0.090f, 1.0f};
inline constexpr ImVec4 kAccent{0.96f, 0.71f, 0.26f, 1.0f};
inline constexpr ImVec4 kMuted{0.60f, 0.64f, 0.72f, 1.0f};
inline constexpr ImVec4 kGood{0.40f, 0.80f, 0.52f, 1.0f};
inline constexpr ImVec4 kBad{0.96f, 0.45f, 0.42f, 1.0f};

}  // namespace moviedb::client::ui
