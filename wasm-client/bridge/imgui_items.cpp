#include "bridge/imgui_items.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <vector>

#include "bridge/item_info.hpp"

namespace moviedb::client::bridge {

namespace {

Semantics semantics_of_last_item(std::string_view label, TrackAs as) {
  Semantics semantics;
  semantics.name = as.name.empty() ? accessible_name(label) : std::string(as.name);
  semantics.disabled = (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
  const ItemInfo& info = last_item_info();
  const int flags = info.id == ImGui::GetItemID() ? info.flags : 0;
  if (const ImGuiTable* table = GImGui->CurrentTable; table != nullptr && table->CurrentRow >= 0) {
    semantics.cell = Cell{table->ID, table->CurrentRow, as.spans_row ? -1 : table->CurrentColumn};
  }
  semantics.focused =
      !GImGui->NavDisableHighlight && GImGui->NavId != 0 && GImGui->NavId == ImGui::GetItemID();
  if (as.range) {
    semantics.role = Role::slider;
    semantics.range = as.range;
  } else if (as.link) {
    semantics.role = Role::link;
  } else if (flags & ImGuiItemStatusFlags_Inputable) {
    semantics.role = Role::textbox;
    semantics.active = ImGui::IsItemActive();
  } else if (flags & ImGuiItemStatusFlags_Checkable) {
    semantics.role = Role::checkbox;
    semantics.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
  }
  return semantics;
}

// Hidden past the edge of a window without a scrollbar that way, or past the
// edge of its table column (which never scrolls): the user cannot see it
// whole. Hidden inside a window that scrolls is only scrolled away. (ImGui
// lets any overflowing window scroll by code, so its ScrollMax says nothing.)
bool cut_off(ImVec2 item_min, ImVec2 item_max, TrackAs as) {
  constexpr float kSlack = 1.0f;  // ImGui rounds item edges to whole pixels
  const ImGuiWindow* window = GImGui->CurrentWindow;
  const ImRect& view = window->InnerClipRect;
  const bool past_x = item_min.x < view.Min.x - kSlack || item_max.x > view.Max.x + kSlack;
  const bool past_y = item_min.y < view.Min.y - kSlack || item_max.y > view.Max.y + kSlack;
  if ((past_x && !window->ScrollbarX) || (past_y && !window->ScrollbarY)) {
    return true;
  }
  const ImGuiTable* table = GImGui->CurrentTable;
  if (table == nullptr || table->InnerWindow != window || as.spans_row ||
      table->CurrentColumn < 0) {
    return false;
  }
  const ImGuiTableColumn& column = table->Columns[table->CurrentColumn];
  return item_min.x < column.MinX - kSlack || item_max.x > column.MaxX + kSlack;
}

// Beneath an open popup (a menu, a list of choices) that overlaps it, or
// beneath a modal one anywhere: the popup takes the taps and the reader's
// attention, so the item is not offered. Popups opened later cover earlier ones.
bool covered(ImVec2 item_min, ImVec2 item_max) {
  const ImGuiContext& g = *GImGui;
  const ImGuiWindow* here = g.CurrentWindow->RootWindow;
  const ImRect item(item_min, item_max);
  bool above_here = false;  // walking the popups opened after `here`
  const bool here_is_popup = (here->Flags & ImGuiWindowFlags_Popup) != 0;
  for (const ImGuiPopupData& popup : g.OpenPopupStack) {
    const ImGuiWindow* window = popup.Window;
    if (window == nullptr) continue;
    if (window == here) {
      above_here = true;
      continue;
    }
    if (here_is_popup && !above_here) continue;
    if ((window->Flags & ImGuiWindowFlags_Modal) || window->Rect().Overlaps(item)) return true;
  }
  return false;
}

// A screen reader announces a cell with its column's name. Once a frame: a
// table's every visible row asks.
void name_columns(Recorder& recorder, const ImGuiTable& table) {
  if (recorder.named_columns(table.ID)) return;
  std::vector<std::string> columns;
  for (int n = 0; n < table.ColumnsCount; ++n) {
    columns.emplace_back(ImGui::TableGetColumnName(&table, n));
  }
  recorder.name_columns(table.ID, std::move(columns));
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
  if (max.x - min.x < 1.0f || max.y - min.y < 1.0f || covered(min, max)) return;
  auto semantics = semantics_of_last_item(label, as);
  if (semantics.cell) name_columns(recorder, *GImGui->CurrentTable);
  recorder.add_item(item_key(label),
                    Rect{surface.css_left + min.x / sx, surface.css_top + min.y / sy,
                         (max.x - min.x) / sx, (max.y - min.y) / sy},
                    std::move(semantics),
                    {.cut = cut_off(item_min, item_max, as),
                     .partial = max.x - min.x < item_max.x - item_min.x - 1.0f ||
                                max.y - min.y < item_max.y - item_min.y - 1.0f});
}

}  // namespace moviedb::client::bridge
