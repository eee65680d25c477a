#pragma once
// Picks the view for the current screen and draws the overlays above it.
#include <memory>

#include "views/view.hpp"

namespace moviedb::client::views {

class Screens {
 public:
  Screens();
  ~Screens();
  void draw(const AppState& state, const ViewContext& ctx);

 private:
  std::unique_ptr<View> login_;
  std::unique_ptr<View> toasts_;
};

}  // namespace moviedb::client::views
