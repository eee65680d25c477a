#pragma once
// Measures ImGui's last item for the test bridge.
#include <optional>
#include <string_view>

#include "bridge/bridge.hpp"
#include "platform/platform.hpp"

namespace moviedb::client::bridge {

// Records the item just submitted (button, input, checkbox, …) under
// item_key(label), as a CSS-pixel rectangle relative to the page: the part of
// it that is visible (clipped by its window, table column or scroll area).
// Items clipped away entirely are not recorded. Its role, name and state come
// from what ImGui reported about it (bridge/item_info.hpp), unless `as` says
// better: a link (ImGui has no such widget), a name other than the label's.
// It is marked cut when part of it is hidden where nobody can scroll to it
// (bridge.hpp says where).
struct TrackAs {
  bool link = false;
  std::string_view name;  // empty: accessible_name(label)
  bool spans_row = false;      // a selectable over its whole table row, not one cell
  std::optional<Range> range;  // a slider: its value (ImGui calls it a text field)
};
void track_last_item(Recorder& recorder, const Surface& surface, std::string_view label,
                     TrackAs as = {});

}  // namespace moviedb::client::bridge
