#include "app/screen_logic.hpp"

namespace moviedb::client {

std::vector<std::unique_ptr<ScreenLogic>> make_screen_logics(ScreenKit& kit) {
  std::vector<std::unique_ptr<ScreenLogic>> logics;
#define MOVIEDB_SCREEN(id, ...) logics.push_back(make_##id##_logic(kit));
#include "state/screens.def"
#undef MOVIEDB_SCREEN
  return logics;
}

}  // namespace moviedb::client
