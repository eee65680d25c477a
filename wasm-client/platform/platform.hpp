#pragma once
// Everything that differs between the browser and a desktop build, behind one
// small interface. The build picks the implementation: web_platform.cpp under
// Emscripten (GLFW on a WebGL2 canvas, emscripten_fetch). A desktop one
// (GLFW + OpenGL 3, a native Transport) would sit next to it.
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "net/response_queue.hpp"
#include "net/transport.hpp"
#include "platform/session_storage.hpp"

namespace moviedb::client {

// Where the drawing surface is and how dense its pixels are. ImGui works in
// framebuffer pixels (CSS size × pixel_ratio); the bridge divides by the ratio.
struct Surface {
  double css_left = 0, css_top = 0;  // page coordinates of the canvas, CSS px
  double css_width = 0, css_height = 0;
  double pixel_ratio = 1;
  int pixel_width = 0, pixel_height = 0;  // the framebuffer
  bool touch = false;                     // the main pointer is a finger: targets grow to 44 CSS px
};

enum class AssetState { loading, ready, failed };

// A colour, 0..1 per channel: the caller's theme says which (the platform sits
// below the UI and knows none).
struct Rgba {
  float r = 0, g = 0, b = 0, a = 1;
};

class Platform {
 public:
  virtual ~Platform() = default;

  // Window/canvas, GL context, ImGui platform and renderer backends (the ImGui
  // context must exist). On failure returns false and sets *error.
  virtual bool init(std::string* error) = 0;

  // Resizes the framebuffer to CSS size × device pixel ratio when either
  // changed (window resize, zoom, moving to another screen); returns the result.
  virtual Surface sync_surface() = 0;

  // The UI font file. While `loading`, *bytes is untouched; once `ready` the
  // bytes are moved out (later calls report `ready` with nothing to move).
  virtual AssetState take_font(std::vector<unsigned char>* bytes) = 0;

  // Re-uploads ImGui's font atlas after it was rebuilt.
  virtual void reload_font_texture() = 0;

  virtual void new_frame() = 0;  // backends' NewFrame; call before ImGui::NewFrame()
  // Draws ImGui::GetDrawData() over `background`; after ImGui::Render().
  virtual void render(Rgba background) = 0;
  virtual void clear(Rgba background) = 0;  // a frame with nothing on it (while assets load)

  // Tells the user the client cannot start (shown instead of the UI).
  virtual void fatal(std::string_view message) = 0;

  // Publishes the test bridge document (see bridge/bridge.hpp).
  virtual void publish_bridge(std::string_view json) = 0;

  virtual double now_seconds() = 0;  // monotonic

  // Opens the file dialog (on the web the page's hidden <input type=file>;
  // called right after a click, while the page still has user activation).
  virtual void pick_file() {}
  // A file the user picked since the last call: its name and bytes moved out.
  virtual bool take_picked_file(std::string* /*name*/, std::string* /*bytes*/) { return false; }
  // Hands a file to the user (on the web a download of a Blob).
  virtual void save_file(const std::string& /*name*/, const std::string& /*mime*/,
                         const std::string& /*bytes*/) {}

  // The address the browser moved to since the last call (the page's own on
  // the first call, then Back, Forward, an edited or followed link).
  virtual bool take_address(std::string* /*hash*/) { return false; }
  // Puts the page's absolute link to `address` (#/…) on the system clipboard.
  virtual void copy_link(const std::string& /*address*/) {}
  // Shows `address` in the address bar and `title` as the page's: a new
  // history entry when `push`, else in place of the current one.
  virtual void show_address(const std::string& /*address*/, const std::string& /*title*/,
                            bool /*push*/) {}

  virtual std::unique_ptr<net::Transport> make_transport(net::ResponseQueue& queue) = 0;

  // Storage that lives as long as the tab (the browser's sessionStorage).
  virtual std::unique_ptr<SessionStorage> make_session_storage() = 0;

  // Calls `frame` once per display refresh. On the web it returns at once and
  // the browser drives the loop; elsewhere it returns when the window closes.
  virtual void run(std::function<void()> frame) = 0;
};

std::unique_ptr<Platform> make_platform();

}  // namespace moviedb::client
