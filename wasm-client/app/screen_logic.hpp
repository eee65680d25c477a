#pragma once
// What a screen does besides drawing: fetch what it shows and handle the
// actions only it defines. One per line of state/screens.def, made by the
// factory that line names (make_<id>_logic) and owned by the controller,
// which calls it only while the caller may see the screen.
#include <any>
#include <memory>
#include <vector>

#include "net/api_client.hpp"
#include "state/app_state.hpp"

namespace moviedb::client {

class Controller;

// What a screen's logic works with: the state its view reads and the API.
// `controller` is for the screens built into it (their loads are its own).
struct ScreenKit {
  AppState& state;
  net::ApiClient& api;
  Controller& controller;
};

class ScreenLogic {
 public:
  virtual ~ScreenLogic() = default;
  // Every frame it is shown: fetch what is missing or out of date (a failure
  // waits for reload() rather than looping).
  virtual void show() = 0;
  // The user asked for fresh data (Refresh, Retry).
  virtual void reload() = 0;
  // A ScreenAction addressed to this screen: the action types its state file
  // defines, read with std::any_cast.
  virtual void handle(const std::any& action) {}
};

// Each line of state/screens.def's factory, in its order.
#define MOVIEDB_SCREEN(id, ...) std::unique_ptr<ScreenLogic> make_##id##_logic(ScreenKit& kit);
#include "state/screens.def"
#undef MOVIEDB_SCREEN

// One logic per screen, indexed by Screen.
std::vector<std::unique_ptr<ScreenLogic>> make_screen_logics(ScreenKit& kit);

}  // namespace moviedb::client
