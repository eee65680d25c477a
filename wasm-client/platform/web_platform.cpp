// The browser platform: GLFW on the page's WebGL2 canvas (Emscripten's GLFW
// emulation), emscripten_fetch for HTTP, requestAnimationFrame for the loop.
// The page (web/app.js) hands over the canvas, the UI font and two callbacks
// on the Module object; the EM_JS functions below are the whole JS contract.
#include <GLES3/gl3.h>
#include <GLFW/glfw3.h>
#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <utility>
#include <vector>

#include "net/fetch_transport.hpp"
#include "platform/phone_keyboard.hpp"
#include "platform/platform.hpp"

// out[0..5] = canvas left, top (page CSS px), width, height (CSS px),
// devicePixelRatio, 1 when the main pointer is a finger.
EM_JS(void, moviedb_js_measure, (double* out), {
  if (!Module.moviedbCoarse) Module.moviedbCoarse = window.matchMedia('(pointer: coarse)');
  const canvas = Module.canvas;
  const rect = canvas.getBoundingClientRect();
  const base = out >> 3;
  HEAPF64[base] = rect.left + window.scrollX;
  HEAPF64[base + 1] = rect.top + window.scrollY;
  HEAPF64[base + 2] = rect.width || window.innerWidth;
  HEAPF64[base + 3] = rect.height || window.innerHeight;
  HEAPF64[base + 4] = window.devicePixelRatio || 1;
  HEAPF64[base + 5] = Module.moviedbCoarse.matches ? 1 : 0;
});

// 0 loading, 1 ready, 2 failed (Module.moviedbFont / moviedbFontError, set by app.js).
EM_JS(int, moviedb_js_font_state, (), {
  if (Module.moviedbFont) return 1;
  return Module.moviedbFontError ? 2 : 0;
});
EM_JS(int, moviedb_js_font_size, (), { return Module.moviedbFont.length; });
EM_JS(void, moviedb_js_font_take, (unsigned char* dst), {
  HEAPU8.set(Module.moviedbFont, dst);
  Module.moviedbFont = null;
  Module.moviedbFontTaken = true;
});

EM_JS(void, moviedb_js_publish, (const char* json, int length), {
  const ui = JSON.parse(UTF8ToString(json, length));
  window.moviedbUi = ui;
  if (ui.ready && Module.moviedbOnReady) {
    const onReady = Module.moviedbOnReady;
    Module.moviedbOnReady = null;
    onReady(ui);
  }
});

// sessionStorage (may throw when storage is disabled: then nothing is kept).
EM_JS(int, moviedb_js_session_length, (const char* key), {
  try {
    const value = window.sessionStorage.getItem(UTF8ToString(key));
    return value == null ? -1 : lengthBytesUTF8(value);
  } catch (e) {
    return -1;
  }
});
EM_JS(void, moviedb_js_session_copy, (const char* key, char* out, int size), {
  let value = "";
  try {
    value = window.sessionStorage.getItem(UTF8ToString(key)) || "";
  } catch (e) {
  }
  stringToUTF8(value, out, size);
});
EM_JS(void, moviedb_js_session_set, (const char* key, const char* value), {
  try {
    window.sessionStorage.setItem(UTF8ToString(key), UTF8ToString(value));
  } catch (e) {
  }
});
EM_JS(void, moviedb_js_session_remove, (const char* key), {
  try {
    window.sessionStorage.removeItem(UTF8ToString(key));
  } catch (e) {
  }
});

EM_JS(void, moviedb_js_fatal, (const char* message), {
  const text = UTF8ToString(message);
  if (Module.moviedbFatal) Module.moviedbFatal(text);
});

// The file picker (web/app.js): Module.moviedbPickFile() opens the hidden
// <input type=file>; the page reads the chosen file and leaves
// Module.moviedbPickedFile = {name, bytes: Uint8Array} for the module to take.
EM_JS(void, moviedb_js_pick_file, (), {
  if (Module.moviedbPickFile) Module.moviedbPickFile();
});
EM_JS(int, moviedb_js_picked_size, (), {
  const f = Module.moviedbPickedFile;
  return f ? f.bytes.length : -1;
});
EM_JS(int, moviedb_js_picked_name_length, (), {
  const f = Module.moviedbPickedFile;
  return f ? lengthBytesUTF8(f.name) : 0;
});
EM_JS(void, moviedb_js_picked_take, (char* name, int name_size, unsigned char* bytes), {
  const f = Module.moviedbPickedFile;
  Module.moviedbPickedFile = null;
  stringToUTF8(f.name, name, name_size);
  HEAPU8.set(f.bytes, bytes);
});

// Addresses: app.js keeps the hash the browser moved to (null once taken).
EM_JS(int, moviedb_js_address_length, (), {
  const a = Module.moviedbAddress;
  return a == null ? -1 : lengthBytesUTF8(a);  // null or undefined
});
EM_JS(void, moviedb_js_address_take, (char* out, int size), {
  stringToUTF8(Module.moviedbAddress, out, size);
  Module.moviedbAddress = null;
});
EM_JS(void, moviedb_js_show_address, (const char* address, const char* title, int push),
      { Module.moviedbShowAddress(UTF8ToString(address), UTF8ToString(title), push != 0); });

// The clipboard (web/app.js): ImGui's copy goes to Module.moviedbCopy, which
// writes the system clipboard; its paste reads Module.moviedbClipboard, which
// the page's paste event (it comes with Ctrl/Cmd+V) has just filled. The
// canvas cannot read the system clipboard by itself.
EM_JS(void, moviedb_js_copy, (const char* text), { Module.moviedbCopy(UTF8ToString(text)); });
EM_JS(void, moviedb_js_copy_link, (const char* address),
      { Module.moviedbCopy(new URL(UTF8ToString(address), window.location.href).href); });
EM_JS(int, moviedb_js_clipboard_length, (),
      { return lengthBytesUTF8(Module.moviedbClipboard || ""); });
EM_JS(void, moviedb_js_clipboard_take, (char* out, int size),
      { stringToUTF8(Module.moviedbClipboard || "", out, size); });
// Apple keyboards copy and paste with Cmd, everyone else with Ctrl.
EM_JS(int, moviedb_js_apple_keyboard, (), {
  const apple = [ "Mac", "iPhone", "iPad", "iPod" ];
  return apple.some(function(name) { return navigator.platform.startsWith(name); }) ? 1 : 0;
});

// The download (web/app.js): Module.moviedbSaveFile(name, type, bytes) turns
// a copy of the bytes into a Blob and clicks an <a download> for it.
EM_JS(void, moviedb_js_save_file,
      (const char* name, const char* mime, const unsigned char* bytes, int size), {
        if (Module.moviedbSaveFile) {
          Module.moviedbSaveFile(UTF8ToString(name), UTF8ToString(mime),
                                 HEAPU8.slice(bytes, bytes + size));
        }
      });

namespace moviedb::client {

namespace {

const char* clipboard_text(void*) {
  static std::string text;
  const int length = moviedb_js_clipboard_length();
  std::vector<char> bytes(static_cast<std::size_t>(length) + 1);
  moviedb_js_clipboard_take(bytes.data(), length + 1);
  text.assign(bytes.data(), static_cast<std::size_t>(length));
  return text.c_str();
}

void set_clipboard_text(void*, const char* text) {
  moviedb_js_copy(text);
}

void glfw_error(int code, const char* description) {
  std::fprintf(stderr, "GLFW error %d: %s\n", code, description);
}

class BrowserSessionStorage final : public SessionStorage {
 public:
  std::string get(std::string_view key) override {
    const std::string k(key);
    const int length = moviedb_js_session_length(k.c_str());
    if (length <= 0) return {};
    std::string value(static_cast<std::size_t>(length) + 1, '\0');
    moviedb_js_session_copy(k.c_str(), value.data(), length + 1);
    value.resize(static_cast<std::size_t>(length));
    return value;
  }
  void set(std::string_view key, std::string_view value) override {
    const std::string k(key), v(value);
    moviedb_js_session_set(k.c_str(), v.c_str());
  }
  void remove(std::string_view key) override {
    const std::string k(key);
    moviedb_js_session_remove(k.c_str());
  }
};

void frame_trampoline(void* arg) {
  (*static_cast<std::function<void()>*>(arg))();
}

class WebPlatform final : public Platform {
 public:
  void pick_file() override { moviedb_js_pick_file(); }

  bool take_address(std::string* hash) override {
    const int length = moviedb_js_address_length();
    if (length < 0) return false;
    hash->assign(static_cast<std::size_t>(length) + 1, '\0');
    moviedb_js_address_take(hash->data(), length + 1);
    hash->resize(static_cast<std::size_t>(length));
    return true;
  }

  void copy_link(const std::string& address) override { moviedb_js_copy_link(address.c_str()); }

  void show_address(const std::string& address, const std::string& title, bool push) override {
    moviedb_js_show_address(address.c_str(), title.c_str(), push ? 1 : 0);
  }

  bool take_picked_file(std::string* name, std::string* bytes) override {
    const int size = moviedb_js_picked_size();
    if (size < 0) return false;
    const int name_size = moviedb_js_picked_name_length() + 1;
    std::string n(static_cast<std::size_t>(name_size), '\0');
    bytes->assign(static_cast<std::size_t>(size), '\0');
    moviedb_js_picked_take(n.data(), name_size, reinterpret_cast<unsigned char*>(bytes->data()));
    n.resize(static_cast<std::size_t>(name_size - 1));
    *name = std::move(n);
    return true;
  }

  void save_file(const std::string& name, const std::string& mime,
                 const std::string& bytes) override {
    moviedb_js_save_file(name.c_str(), mime.c_str(),
                         reinterpret_cast<const unsigned char*>(bytes.data()),
                         static_cast<int>(bytes.size()));
  }

  bool init(std::string* error) override {
    glfwSetErrorCallback(glfw_error);
    if (!glfwInit()) {
      *error = "GLFW failed to initialise";
      return false;
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_OPENGL_ES_API);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MAJOR, 3);
    glfwWindowHint(GLFW_CONTEXT_VERSION_MINOR, 0);
    glfwWindowHint(GLFW_ALPHA_BITS, 0);
    glfwWindowHint(GLFW_DEPTH_BITS, 0);
    glfwWindowHint(GLFW_STENCIL_BITS, 0);
    surface_ = measure();
    window_ =
        glfwCreateWindow(surface_.pixel_width, surface_.pixel_height, "moviedb", nullptr, nullptr);
    if (window_ == nullptr) {
      *error = "WebGL 2 is not available in this browser";
      return false;
    }
    glfwMakeContextCurrent(window_);
    if (!ImGui_ImplGlfw_InitForOpenGL(window_, true) ||
        !ImGui_ImplOpenGL3_Init("#version 300 es")) {
      *error = "the renderer failed to start";
      return false;
    }
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = set_clipboard_text;
    io.GetClipboardTextFn = clipboard_text;
    io.ConfigMacOSXBehaviors = moviedb_js_apple_keyboard() != 0;
    install_phone_keyboard(io);
    return true;
  }

  Surface sync_surface() override {
    const Surface wanted = measure();
    int width = 0, height = 0;
    glfwGetWindowSize(window_, &width, &height);
    if (width != wanted.pixel_width || height != wanted.pixel_height) {
      // Not glfwSetWindowSize: Emscripten's GLFW treats a size equal to the
      // screen's as a fullscreen request. This resizes the canvas backing store
      // and updates GLFW's window through its canvas-resize listener.
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wdeprecated-declarations"
      emscripten_set_canvas_size(wanted.pixel_width, wanted.pixel_height);
#pragma clang diagnostic pop
    }
    surface_ = wanted;
    return surface_;
  }

  AssetState take_font(std::vector<unsigned char>* bytes) override {
    switch (moviedb_js_font_state()) {
      case 1:
        bytes->resize(static_cast<std::size_t>(moviedb_js_font_size()));
        moviedb_js_font_take(bytes->data());
        return AssetState::ready;
      case 2:
        return AssetState::failed;
      default:
        return AssetState::loading;
    }
  }

  void reload_font_texture() override {
    if (!renderer_started_) return;  // the first NewFrame uploads it
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  void new_frame() override {
    feed_phone_keyboard(ImGui::GetIO());
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplGlfw_NewFrame();
    renderer_started_ = true;
  }

  void render(Rgba background) override {
    clear(background);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  }

  void clear(Rgba background) override {
    glViewport(0, 0, surface_.pixel_width, surface_.pixel_height);
    glClearColor(background.r, background.g, background.b, background.a);
    glClear(GL_COLOR_BUFFER_BIT);
  }

  void fatal(std::string_view message) override {
    const std::string text(message);
    moviedb_js_fatal(text.c_str());
  }

  void publish_bridge(std::string_view json) override {
    moviedb_js_publish(json.data(), static_cast<int>(json.size()));
  }

  double now_seconds() override {
    return emscripten_get_now() / 1000.0;
  }

  std::unique_ptr<net::Transport> make_transport(net::ResponseQueue& queue) override {
    return std::make_unique<net::FetchTransport>(queue);
  }

  std::unique_ptr<SessionStorage> make_session_storage() override {
    return std::make_unique<BrowserSessionStorage>();
  }

  void run(std::function<void()> frame) override {
    frame_ = std::move(frame);
    // 0 fps = requestAnimationFrame; returns at once (the runtime stays alive).
    emscripten_set_main_loop_arg(frame_trampoline, &frame_, 0, false);
  }

 private:
  static Surface measure() {
    double m[6] = {};
    moviedb_js_measure(m);
    Surface s;
    s.css_left = m[0];
    s.css_top = m[1];
    s.css_width = std::max(1.0, m[2]);
    s.css_height = std::max(1.0, m[3]);
    s.pixel_ratio = m[4] > 0 ? m[4] : 1.0;
    s.touch = m[5] > 0;
    s.pixel_width = std::max(1, static_cast<int>(std::lround(s.css_width * s.pixel_ratio)));
    s.pixel_height = std::max(1, static_cast<int>(std::lround(s.css_height * s.pixel_ratio)));
    return s;
  }

  GLFWwindow* window_ = nullptr;
  Surface surface_;
  bool renderer_started_ = false;
  std::function<void()> frame_;
};

}  // namespace

std::unique_ptr<Platform> make_platform() {
  return std::make_unique<WebPlatform>();
}

}  // namespace moviedb::client
