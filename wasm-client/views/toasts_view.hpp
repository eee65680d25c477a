#pragma once
// Toasts stacked in the bottom-right corner over every screen.
#include "views/view.hpp"

namespace moviedb::client::views {

class ToastsView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
