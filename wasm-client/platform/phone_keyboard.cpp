#include "platform/phone_keyboard.hpp"

#include <emscripten.h>
#include <imgui_internal.h>

#include <string>
#include <string_view>
#include <utility>

// Module.moviedbKeyboard is web/keyboard.js's object.
EM_JS(void, moviedb_js_keyboard_field,
      (unsigned id, double x, double y, double height, int password, const char* text),
      { Module.moviedbKeyboard.field(id, x, y, height, password != 0, UTF8ToString(text)); });
// -1: nothing typed since the last call; otherwise the UTF-8 length of the
// <input>'s text, kept for moviedb_js_keyboard_text. `enters`: Enter presses.
EM_JS(int, moviedb_js_keyboard_poll, (int* enters), {
  const taken = Module.moviedbKeyboard.take();
  HEAP32[enters >> 2] = taken.enters;
  if (taken.text == null) return -1;
  Module.moviedbKeyboardText = taken.text;
  return lengthBytesUTF8(taken.text);
});
EM_JS(void, moviedb_js_keyboard_text, (char* out, int size),
      { stringToUTF8(Module.moviedbKeyboardText, out, size); });

namespace moviedb::client {

namespace {

// The text the active field holds as far as the <input> is concerned: its
// text at activation, then each text handed over since.
std::string& field_text() {
  static std::string text;
  return text;
}

// Called by ImGui at the end of a frame whenever the caret moved or a field
// (de)activated. The text goes along only when the field becomes active: the
// page keeps its <input>'s own text while the user types.
void ime_changed(ImGuiViewport*, ImGuiPlatformImeData* data) {
  static ImGuiID active = 0;
  const ImGuiID id = data->WantVisible ? ImGui::GetActiveID() : 0;
  const ImGuiInputTextState* state = ImGui::GetInputTextState(id);
  if (state == nullptr) {
    active = 0;
    return moviedb_js_keyboard_field(0, 0, 0, 0, 0, "");
  }
  if (id != active) field_text() = state->InitialTextA.Size > 0 ? state->InitialTextA.Data : "";
  active = id;
  const bool password = (state->Flags & ImGuiInputTextFlags_Password) != 0;
  moviedb_js_keyboard_field(id, data->InputPos.x, data->InputPos.y, data->InputLineHeight,
                            password ? 1 : 0, field_text().c_str());
}

std::size_t code_points(std::string_view utf8) {
  std::size_t n = 0;
  for (const char c : utf8) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Where `before` and `after` start to differ, on a code point boundary.
std::size_t common_prefix(std::string_view before, std::string_view after) {
  std::size_t n = 0;
  while (n < before.size() && n < after.size() && before[n] == after[n]) ++n;
  while (n > 0 && (static_cast<unsigned char>(after[n]) & 0xC0) == 0x80) --n;
  return n;
}

void press(ImGuiIO& io, ImGuiKey key) {
  io.AddKeyEvent(key, true);
  io.AddKeyEvent(key, false);
}

// Turns the field's text into the <input>'s as keys would: from the end,
// delete back to where they differ, type the rest. Keys, not shortcuts, so
// it holds whatever the caret or the selection (End goes to the end first);
// a phone's autocorrect replacing a word mid-text is a few Backspaces.
void retype(ImGuiIO& io, const std::string& before, const std::string& after) {
  const std::size_t keep = common_prefix(before, after);
  press(io, ImGuiKey_End);
  for (std::size_t i = code_points(std::string_view(before).substr(keep)); i > 0; --i)
    press(io, ImGuiKey_Backspace);
  if (keep < after.size()) io.AddInputCharactersUTF8(after.c_str() + keep);
}

}  // namespace

void install_phone_keyboard(ImGuiIO& io) {
  io.SetPlatformImeDataFn = ime_changed;
}

// Only once ImGui has taken the last edit's keys (it spreads them over
// frames): a tap on another field then lands after them, not amid them.
void feed_phone_keyboard(ImGuiIO& io) {
  if (GImGui->InputEventsQueue.Size > 0) return;
  int enters = 0;
  const int length = moviedb_js_keyboard_poll(&enters);
  if (length >= 0) {
    std::string text(static_cast<std::size_t>(length) + 1, '\0');
    moviedb_js_keyboard_text(text.data(), length + 1);
    text.resize(static_cast<std::size_t>(length));
    retype(io, field_text(), text);
    field_text() = std::move(text);
  }
  for (int i = 0; i < enters; ++i) press(io, ImGuiKey_Enter);
}

}  // namespace moviedb::client
