#pragma once
// Picks the view for the current screen, frames it (the top bar and the page
// area), handles the keys that work everywhere (Esc goes back, "/" searches)
// and draws the overlays above it.
#include <memory>

#include "views/view.hpp"

namespace moviedb::client::views {

class Screens {
 public:
  Screens();
  ~Screens();
  void draw(const AppState& state, const ViewContext& ctx);

 private:
  void global_keys(const AppState& state, const ViewContext& ctx);
  View& view_for(Screen screen);

  std::unique_ptr<View> login_;
  std::unique_ptr<View> nav_;
  std::unique_ptr<View> browse_;
  std::unique_ptr<View> movie_;
  std::unique_ptr<View> person_;
  std::unique_ptr<View> catalog_;
  std::unique_ptr<View> recommendations_;
  std::unique_ptr<View> lists_;
  std::unique_ptr<View> admin_movies_;
  std::unique_ptr<View> admin_import_;
  std::unique_ptr<View> admin_people_;
  std::unique_ptr<View> admin_activity_;
  std::unique_ptr<View> admin_users_;
  std::unique_ptr<View> admin_dashboard_;
  std::unique_ptr<View> admin_cluster_;
  std::unique_ptr<View> admin_audit_;
  std::unique_ptr<View> toasts_;
};

}  // namespace moviedb::client::views
