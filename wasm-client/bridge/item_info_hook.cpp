// Dear ImGui's test-engine hooks (imgui_internal.h, IMGUI_ENABLE_TEST_ENGINE):
// each widget reports its id, label and status flags — checkable, checked,
// text-inputable — as it is submitted. The bridge keeps the last report so
// track_last_item can say what the widget just drawn is. The other hooks
// are not used.
#include <imgui.h>
#include <imgui_internal.h>

#include "bridge/item_info.hpp"

namespace moviedb::client::bridge {

namespace {

ItemInfo last_info;

}  // namespace

const ItemInfo& last_item_info() {
  return last_info;
}

void enable_item_info() {
  ImGui::GetCurrentContext()->TestEngineHookItems = true;
}

}  // namespace moviedb::client::bridge

void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char*,
                                  ImGuiItemStatusFlags flags) {
  moviedb::client::bridge::last_info = {id, flags};
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
  return nullptr;
}
