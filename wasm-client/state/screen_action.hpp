#pragma once
// An action a screen defines for itself (in its state file): only that
// screen's logic reads it (ScreenLogic::handle), so neither the Action
// variant nor the controller names its type.
#include <any>

#include "state/screen.hpp"

namespace moviedb::client {

struct ScreenAction {
  Screen screen = Screen::browse;
  std::any action;
};

}  // namespace moviedb::client
