#include "views/screens.hpp"

#include "views/login_view.hpp"
#include "views/toasts_view.hpp"

namespace moviedb::client::views {

Screens::Screens()
    : login_(std::make_unique<LoginView>()), toasts_(std::make_unique<ToastsView>()) {}

Screens::~Screens() = default;

void Screens::draw(const AppState& state, const ViewContext& ctx) {
  switch (state.screen) {
    case Screen::login:
      login_->draw(state, ctx);
      break;
  }
  toasts_->draw(state, ctx);
}

}  // namespace moviedb::client::views
