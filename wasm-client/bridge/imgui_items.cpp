#include "bridge/imgui_items.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>

#include "bridge/item_info.hpp"

namespace moviedb::client::bridge {

namespace {

Semantics semantics_of_last_item(std::string_view label, TrackAs as) {
  Semantics semantics;
  semantics.name = as.name.empty() ? accessible_name(label) : std::string(as.name);
  semantics.disabled = (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
  const ItemInfo& info = last_item_info();
  const int flags = info.id == ImGui::GetItemID() ? info.flags : 0;
  if (as.link) {
    semantics.role = Role::link;
  } else if (flags & ImGuiItemStatusFlags_Inputable) {
    semantics.role = Role::textbox;
  } else if (flags & ImGuiItemStatusFlags_Checkable) {
    semantics.role = Role::checkbox;
    semantics.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
  }
  return semantics;
}

}  // namespace

void track_last_item(Recorder& recorder, const Surface& surface, std::string_view label,
                     TrackAs as) {
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
                         (max.x - min.x) / sx, (max.y - min.y) / sy},
                    semantics_of_last_item(label, as));
}

}  // namespace moviedb::client::bridge
