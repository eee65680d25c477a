#include "bridge/imgui_items.hpp"

#include <imgui.h>

namespace moviedb::client::bridge {

void track_last_item(Recorder& recorder, const Surface& surface, std::string_view label) {
  if (!ImGui::IsItemVisible() || surface.css_width <= 0 || surface.css_height <= 0) return;
  // Framebuffer px per CSS px, per axis, exactly as the browser maps the mouse.
  const double sx = surface.pixel_width / surface.css_width;
  const double sy = surface.pixel_height / surface.css_height;
  const ImVec2 min = ImGui::GetItemRectMin();
  const ImVec2 max = ImGui::GetItemRectMax();
  recorder.add_item(item_key(label),
                    Rect{surface.css_left + min.x / sx, surface.css_top + min.y / sy,
                         (max.x - min.x) / sx, (max.y - min.y) / sy});
}

}  // namespace moviedb::client::bridge
