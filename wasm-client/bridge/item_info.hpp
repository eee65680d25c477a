#pragma once
// What Dear ImGui reported about the widget submitted last (its test-engine
// hook, bridge/item_info_hook.cpp): its id and status flags.
#include <imgui.h>

namespace moviedb::client::bridge {

struct ItemInfo {
  ImGuiID id = 0;
  int flags = 0;  // ImGuiItemStatusFlags_
};

const ItemInfo& last_item_info();

// Turns the reports on (once, after the ImGui context exists).
void enable_item_info();

}  // namespace moviedb::client::bridge
