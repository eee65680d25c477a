#pragma once
// Measures ImGui's last item for the test bridge.
#include <string_view>

#include "bridge/bridge.hpp"
#include "platform/platform.hpp"

namespace moviedb::client::bridge {

// Records the item just submitted (button, input, checkbox, …) under
// item_key(label), as a CSS-pixel rectangle relative to the page: the part of
// it that is visible (clipped by its window, table column or scroll area).
// Items clipped away entirely are not recorded.
void track_last_item(Recorder& recorder, const Surface& surface, std::string_view label);

}  // namespace moviedb::client::bridge
