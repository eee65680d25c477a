#pragma once
// A view draws one screen (or overlay) from AppState. It never fetches and
// never mutates state: it appends Actions, and tells the test bridge about its
// widgets (ctx.track after each interactive widget, ctx.text for shown values).
#include <memory>
#include <string_view>

#include "bridge/bridge.hpp"
#include "bridge/imgui_items.hpp"
#include "platform/platform.hpp"
#include "state/actions.hpp"
#include "state/app_state.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"

namespace moviedb::client::views {

struct ViewContext {
  Actions& actions;
  bridge::Recorder& bridge;
  const Surface& surface;
  const ui::Fonts& fonts;

  // Registers ImGui's last item under its label (see bridge::item_key).
  // `as`: what a screen reader is told when the widget cannot say (a link,
  // a row named by its title).
  void track(std::string_view label, bridge::TrackAs as = {}) const {
    bridge::track_last_item(bridge, surface, label, as);
  }
  // Publishes a value the screen shows, for tests (bridge `text` map).
  void text(std::string_view key, std::string_view value) const { bridge.set_text(key, value); }
  // Framebuffer px per CSS px: multiply CSS-pixel layout constants by it.
  float px() const { return static_cast<float>(surface.pixel_ratio); }
  // A phone's width: views fold what sits side by side (the top bar's
  // sections into a menu, the filters into a sheet).
  bool compact() const { return ui::is_compact(surface.css_width); }
  // The margin between the screen's edges and the page's content, framebuffer px.
  float page_padding() const {
    return (compact() ? ui::kPagePaddingCompact : ui::kPagePadding) * px();
  }
  // A finger for a pointer: rows and targets are at least ui::kTouchTarget tall.
  bool touch() const { return surface.touch; }
};

class View {
 public:
  virtual ~View() = default;
  virtual void draw(const AppState& state, const ViewContext& ctx) = 0;
};

// The view of each line of state/screens.def, defined at the end of its
// file; views/screens.cpp draws the current screen's.
#define MOVIEDB_SCREEN(id, ...) std::unique_ptr<View> make_##id##_view();
#include "state/screens.def"
#undef MOVIEDB_SCREEN

}  // namespace moviedb::client::views
