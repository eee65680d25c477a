#pragma once
// Everything the views read. Plain data: copied freely, compiled natively.
#include "state/health.hpp"
#include "state/screen.hpp"
#include "state/toasts.hpp"

namespace moviedb::client {

struct AppState {
  Screen screen = Screen::login;
  HealthState health;
  Toasts toasts;
  double now = 0;  // seconds, updated by the controller at the top of each frame
};

}  // namespace moviedb::client
