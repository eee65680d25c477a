#pragma once
// Measures ImGui's last item for the test bridge.
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
struct TrackAs {
  bool link = false;
  std::string_view name;  // empty: accessible_name(label)
};
void track_last_item(Recorder& recorder, const Surface& surface, std::string_view label,
                     TrackAs as = {});

}  // namespace moviedb::client::bridge
