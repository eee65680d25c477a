#pragma once
// Draws the current screen's view (one per line of state/screens.def), frames
// it (the top bar and the page area), handles the keys that work everywhere
// (Esc goes back, "/" searches) and draws the overlays above it.
#include <memory>
#include <vector>

#include "views/view.hpp"

namespace moviedb::client::views {

class Screens {
 public:
  Screens();
  ~Screens();
  void draw(const AppState& state, const ViewContext& ctx);

 private:
  void global_keys(const AppState& state, const ViewContext& ctx);
  View& view_for(Screen screen) { return *views_[static_cast<std::size_t>(screen)]; }

  std::vector<std::unique_ptr<View>> views_;  // indexed by Screen
  std::unique_ptr<View> nav_;
  std::unique_ptr<View> toasts_;
};

}  // namespace moviedb::client::views
