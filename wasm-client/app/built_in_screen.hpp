#pragma once
// A screen whose loads are the controller's own (its feature files): shown
// and reloaded through one of its members, `again` being a reload. Screens
// added since keep their logic in their own file (wasm-client/README.md).
#include <memory>

#include "app/controller.hpp"
#include "app/screen_logic.hpp"

namespace moviedb::client {

class BuiltInScreen final : public ScreenLogic {
 public:
  using Load = void (Controller::*)(bool again);
  BuiltInScreen(Controller& controller, Load load) : controller_(controller), load_(load) {}
  void show() override { (controller_.*load_)(false); }
  void reload() override { (controller_.*load_)(true); }

 private:
  Controller& controller_;
  Load load_;
};

inline std::unique_ptr<ScreenLogic> built_in(ScreenKit& kit, BuiltInScreen::Load load) {
  return std::make_unique<BuiltInScreen>(kit.controller, load);
}

}  // namespace moviedb::client
