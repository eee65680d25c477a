#include "bridge/imgui_items.hpp"

#include <imgui.h>

#include <algorithm>

namespace moviedb::client::bridge {

void track_last_item(Recorder& recorder, const Surface& surface, std::string_view label) {
  if (!ImGui::IsItemVisible() || surface.css_width <= 0 || surface.css_height <= 0) return;
  // Framebuffer px per CSS px, per axis, exactly as the browser maps the mouse.
  const double sx = surface.pixel_width / surface.css_width;
  const double sy = surface.pixel_height / surface.css_height;
  // Only the part that is on screen: a click at the centre must land on it.
  const ImDrawList* draw = ImGui::GetWindowDrawList();
  const ImVec2 clip_min = draw->GetClipRectMin();
  const ImVec2 clip_max = draw->GetClipRectMax();
  const ImVec2 item_min = ImGui::GetItemRectMin();
  const ImVec2 item_max = ImGui::GetItemRectMax();
  const ImVec2 min(std::max(item_min.x, clip_min.x), std::max(item_min.y, clip_min.y));
  const ImVec2 max(std::min(item_max.x, clip_max.x), std::min(item_max.y, clip_max.y));
  if (max.x - min.x < 1.0f || max.y - min.y < 1.0f) return;
  recorder.add_item(item_key(label),
                    Rect{surface.css_left + min.x / sx, surface.css_top + min.y / sy,
                         (max.x - min.x) / sx, (max.y - min.y) / sy});
}

}  // namespace moviedb::client::bridge
