#pragma once
// The test bridge. The canvas has no DOM to query, so every frame the client
// publishes what a test needs as `window.moviedbUi`:
//
//   {
//     ready:  bool,      // true once a frame was rendered with the UI font loaded
//     screen: string,    // "login", later "browse", "movie", "admin.movies", …
//     frame:  number,    // +1 per rendered frame (wait for it to see input land)
//     items:  { [key]: {x, y, w, h, role, name, checked?, disabled?} },
//                        // every visible interactive widget, CSS px relative
//                        // to the page (canvas offset + ImGui px / dpr);
//                        // key = the visible label (text before "##") or an
//                        // explicit id (text after "###"); repeated keys get
//                        // " #2", " #3", … in drawing order. role/name/checked/
//                        // disabled: what a screen reader is told (the page's
//                        // DOM mirror, web/screen_reader.js); a slider adds
//                        // value, min, max, valueText; focused: true on the
//                        // one keyboard navigation is on; active: true on
//                        // the text field being typed in; cell: [table, row,
//                        // column] inside a table (column -1: the whole row); cut: true when
//                        // part of it is hidden where no scrolling shows it
//                        // (past a window that does not scroll that way, or
//                        // past its table column): a layout fault;
//                        // partial: true when part of it is scrolled out of
//                        // view (x/y/w/h are the part still shown)
//     tables: { [table]: [string] },  // the column names of each table a
//                        // cell is in, first column first ("" when unnamed)
//     toasts: [string],  // messages currently shown
//     text:   { [key]: string },  // values the screen shows, for assertions
//                        // (each view documents its keys at the top of its file), e.g.
//                        //   "server.status"  "checking" | "ok" | "failed"
//                        //   "server.version" the API version shown ("Server version: X")
//                        //   "session"        "anonymous" | "restoring" | "signed_in"
//     pixelRatio: number,// device pixel ratio the frame was drawn at
//     frameMs: number,   // CPU time of the previous frame (input, layout, draw calls)
//     frameMsMax: number // the longest of the last 120 frames
//   }
//
// This part is plain C++ (compiled natively and tested); the ImGui helper that
// measures widgets is bridge/imgui_items.hpp.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace moviedb::client::bridge {

struct Rect {
  double x = 0, y = 0, w = 0, h = 0;
};

// How much of a widget the screen shows: all of it unless one of these.
struct Shown {
  bool cut = false;      // part is hidden where no scrolling reaches it
  bool partial = false;  // part is scrolled out of view
};

// What a widget is to assistive technology.
enum class Role { button, link, checkbox, textbox, slider };

// A slider's value between its bounds, and the words it shows for it.
struct Range {
  double value = 0, min = 0, max = 1;
  std::string text;
};

// Where a widget sits in a table: which table (an id unique in the frame),
// which row, which column (-1: the row itself, e.g. a link over the whole row).
struct Cell {
  std::uint32_t table = 0;
  int row = 0;
  int column = 0;
};

struct Semantics {
  Role role = Role::button;
  std::string name;             // its accessible name
  std::optional<bool> checked;  // checkboxes only
  bool disabled = false;
  std::optional<Range> range;  // sliders only
  bool focused = false;        // keyboard navigation is on it (and shown)
  std::optional<Cell> cell;    // inside a table
  bool active = false;         // a text field being typed in
};

// The name a widget is announced by: its visible label (text before "##"),
// or for a widget without one (a field whose label is drawn beside it) its
// key's last part in words: "login.username" → "username",
// "filter.score_min" → "score min".
std::string accessible_name(std::string_view label);

// The key a widget label is published under: "Retry##health" → "Retry",
// "Sign in###login.submit" → "login.submit", "Search" → "Search".
std::string item_key(std::string_view label);

// Collects one frame's items and texts, then renders the JSON published.
class Recorder {
 public:
  void begin_frame();
  void add_item(std::string_view key, Rect rect, Semantics semantics = {}, Shown shown = {});
  void set_text(std::string_view key, std::string_view value);
  // Names the columns of `table`; the first naming in a frame stands.
  void name_columns(std::uint32_t table, std::vector<std::string> columns);
  bool named_columns(std::uint32_t table) const;

  struct Item {
    std::string key;
    Rect rect;
    Semantics semantics;
    Shown shown;
  };
  const std::vector<Item>& items() const { return items_; }
  const std::vector<std::pair<std::string, std::string>>& texts() const { return texts_; }

  struct Frame {
    bool ready = false;
    std::string_view screen;
    std::uint64_t frame = 0;
    double pixel_ratio = 1;
    std::vector<std::string> toasts;
    double frame_ms = 0;
    double frame_ms_max = 0;
  };
  std::string to_json(const Frame& frame) const;

 private:
  std::vector<Item> items_;
  std::vector<std::pair<std::string, std::string>> texts_;
  std::vector<std::pair<std::uint32_t, std::vector<std::string>>> columns_;
};

}  // namespace moviedb::client::bridge
