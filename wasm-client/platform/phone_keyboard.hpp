#pragma once
// The phone's keyboard (web/keyboard.js): on touch screens a real <input>
// follows ImGui's active text field, so the platform keyboard, password
// managers and IME composition work; what is typed there replaces the field's
// text and Enter submits. Desktop keyboards keep going straight to ImGui.
#include <imgui.h>

namespace moviedb::client {

// Tells the page when a text field becomes active or inactive, and where its
// caret is (through ImGui's platform IME hook).
void install_phone_keyboard(ImGuiIO& io);

// Before each frame: hands what was typed into the <input> to ImGui.
void feed_phone_keyboard(ImGuiIO& io);

}  // namespace moviedb::client
