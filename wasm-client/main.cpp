// The client's main loop: one frame = drain responses, draw the current
// screen, publish the test bridge, apply what the user asked for.
#include <imgui.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "app/controller.hpp"
#include "bridge/bridge.hpp"
#include "bridge/item_info.hpp"
#include "net/api_client.hpp"
#include "platform/platform.hpp"
#include "state/address.hpp"
#include "state/app_state.hpp"
#include "ui/fonts.hpp"
#include "ui/theme.hpp"
#include "views/screens.hpp"

namespace moviedb::client {
namespace {

constexpr Rgba kBackground{ui::kBackground.x, ui::kBackground.y, ui::kBackground.z,
                           ui::kBackground.w};

struct Client {
  explicit Client(std::unique_ptr<Platform> p)
      : platform(std::move(p)),
        transport(platform->make_transport(responses)),
        storage(platform->make_session_storage()),
        api(*transport, responses),
        controller(state, api, *storage) {}

  std::unique_ptr<Platform> platform;
  AppState state;
  net::ResponseQueue responses;
  std::unique_ptr<net::Transport> transport;
  std::unique_ptr<SessionStorage> storage;
  net::ApiClient api;
  Controller controller;
  AddressSync address;
  ui::Fonts fonts;
  views::Screens screens;
  bridge::Recorder bridge;
  Actions actions;
  ui::Fit fit;  // what the style was last fitted to
  std::uint64_t frames = 0;
  // CPU time per frame (ms), the last kWindow of them, for the bridge.
  static constexpr std::size_t kWindow = 120;
  std::array<double, kWindow> frame_ms{};
};

void publish(Client& c, const Surface& surface, bool ready) {
  bridge::Recorder::Frame frame;
  frame.ready = ready;
  frame.screen = screen_name(c.state.screen());
  frame.frame = c.frames;
  frame.pixel_ratio = surface.pixel_ratio;
  if (c.frames > 1) {  // the previous frame's time (this one is still running)
    frame.frame_ms = c.frame_ms[(c.frames - 2) % Client::kWindow];
    frame.frame_ms_max = *std::max_element(c.frame_ms.begin(), c.frame_ms.end());
  }
  for (const auto& toast : c.state.toasts.items) frame.toasts.push_back(toast.text);
  c.platform->publish_bridge(c.bridge.to_json(frame));
}

// The address bar and page title follow the screen (state/address.hpp).
void show_address(Client& c) {
  const auto& route = c.state.nav.current;
  std::string_view shown;
  if (route.screen == Screen::movie && c.state.movie.movie.id == route.id) {
    shown = c.state.movie.movie.title;
  } else if (route.screen == Screen::person && c.state.person.person.id == route.id) {
    shown = c.state.person.person.name;
  }
  if (auto update = c.address.after_frame(route, c.state.browse.query, shown,
                                          !c.controller.address_pending())) {
    c.platform->show_address(update->address, update->title, update->push);
  }
}

void frame(Client& c) {
  const double started = c.platform->now_seconds();
  const Surface surface = c.platform->sync_surface();
  if (std::string hash; c.platform->take_address(&hash)) {
    c.address.arrived(hash);
    c.controller.apply(OpenAddress{std::move(hash)});
  }
  c.controller.update(started);
  if (ImportFileChosen file; c.platform->take_picked_file(&file.name, &file.bytes)) {
    c.controller.apply(file);
  }

  const auto fonts = c.fonts.update(*c.platform, surface.pixel_ratio);
  if (fonts == ui::Fonts::Update::loading) {
    c.platform->clear(kBackground);
    publish(c, surface, false);
    return;
  }
  const ui::Fit fit{static_cast<float>(surface.pixel_ratio), surface.touch,
                    ui::is_compact(surface.css_width)};
  if (fonts == ui::Fonts::Update::rebuilt || fit != c.fit) {
    c.fit = fit;
    ui::apply_theme(fit);
  }
  if (fonts == ui::Fonts::Update::rebuilt) {
    if (c.fonts.using_fallback() && c.frames == 0) {
      c.controller.notify(ToastKind::error, "The UI font failed to load; using a fallback.");
    }
  }

  c.platform->new_frame();
  ImGui::NewFrame();
  c.bridge.begin_frame();
  const views::ViewContext ctx{c.actions, c.bridge, surface, c.fonts};
  c.screens.draw(c.state, ctx);
  ImGui::Render();
  c.platform->render(kBackground);

  // The bridge describes the frame just drawn (its screen, its widgets); the
  // actions it produced then apply, and the frame's CPU time is recorded.
  ++c.frames;
  publish(c, surface, true);
  c.controller.apply_all(c.actions);
  show_address(c);
  c.frame_ms[(c.frames - 1) % Client::kWindow] = (c.platform->now_seconds() - started) * 1000.0;
}

}  // namespace
}  // namespace moviedb::client

int main() {
  using namespace moviedb::client;
  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  bridge::enable_item_info();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // no settings file: layout is code
  io.LogFilename = nullptr;
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;  // Tab, arrows, Enter, Space, Esc

  auto platform = make_platform();
  std::string error;
  if (!platform->init(&error)) {
    std::fprintf(stderr, "moviedb: %s\n", error.c_str());
    platform->fatal("moviedb cannot start: " + error);
    return 1;
  }
  static Client client(std::move(platform));  // lives for the page's lifetime
  client.controller.set_file_picker([] { client.platform->pick_file(); });
  client.controller.set_file_saver(
      [](const std::string& name, const std::string& mime, const std::string& bytes) {
        client.platform->save_file(name, mime, bytes);
      });
  client.controller.set_link_copier(
      [](const std::string& address) { client.platform->copy_link(address); });
  client.controller.start(client.platform->now_seconds());
  client.platform->run([] { frame(client); });
  return 0;
}
