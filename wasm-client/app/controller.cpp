#include "app/controller.hpp"

#include <type_traits>
#include <utility>

#include "app/built_in_screen.hpp"
#include "domain/api_paths.hpp"
#include "state/address.hpp"
#include "state/interactions.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

Controller::Controller(AppState& state, net::ApiClient& api, SessionStorage& storage)
    : state_(state),
      api_(api),
      storage_(storage),
      kit_{state, api, *this},
      screens_(make_screen_logics(kit_)) {
  api_.on_unauthorized([this](const net::HttpResponse& response) { session_expired(response); });
}

void Controller::start(double now) {
  state_.now = now;
  check_health();
  restore_session();
}

void Controller::update(double now) {
  state_.now = now;
  api_.dispatch_completed();
  state_.toasts.expire(now);
  open_pending_address();
  if (search_is_due(state_.browse, now)) start_search();
  load_current_screen();
}

void Controller::notify(ToastKind kind, std::string text) {
  state_.toasts.push(kind, std::move(text), state_.now);
}

void Controller::apply(const Action& action) {
  std::visit([this](const auto& a) { on(a); }, action);
}

void Controller::apply_all(Actions& actions) {
  // Applying may not append (views are done for this frame), but be safe.
  for (std::size_t i = 0; i < actions.size(); ++i) apply(actions[i]);
  actions.clear();
}

void Controller::on(const RetryHealthCheck&) {
  check_health();
}

void Controller::on(const DismissToast& a) {
  state_.toasts.dismiss(a.id);
}

void Controller::on(const Navigate& a) {
  if (a.screen == Screen::login) {
    state_.auth.prompt.clear();
    state_.auth.clear_messages();
    state_.nav.push({Screen::login, {}});
    return;
  }
  if (a.screen == Screen::movie || a.screen == Screen::person) return;
  if (is_admin_screen(a.screen) && !is_admin(state_.session))
    return;  // need an id: OpenMovie/OpenPerson
  if (state_.nav.current == Route{a.screen, {}}) {
    // Choosing the screen that is shown reloads what is out of date.
    load_current_screen();
    return;
  }
  state_.nav.go({a.screen, {}});
}

void Controller::on(const GoBack&) {
  if (state_.nav.back()) return;
  // Nothing to go back to: the sign-in form leads to browsing, a detail to its list.
  if (state_.screen() != Screen::browse) state_.nav.go({Screen::browse, {}});
}

void Controller::on(const OpenAddress& a) {
  pending_address_ = a.hash;
  open_pending_address();
}

// Opens the route an address names once the session is known (an admin's
// link waits for the saved session to come back). An address that names
// nothing leaves the screen as it is.
void Controller::open_pending_address() {
  if (!pending_address_ || state_.session.phase == SessionPhase::restoring) return;
  const auto address = parse_address(*pending_address_);
  pending_address_.reset();
  if (!address) return;
  const auto& route = address->route;
  if (route.screen == Screen::browse && !same_search(address->browse, state_.browse.query)) {
    set_query(state_.browse, address->browse, state_.now, false);
  }
  if (route == state_.nav.current) return;
  // Back and Forward retrace the in-app history rather than stacking on it.
  if (!state_.nav.history.empty() && state_.nav.history.back() == route) {
    state_.nav.back();
  } else if (route.screen == Screen::movie) {
    on(OpenMovie{route.id});
  } else if (route.screen == Screen::person) {
    on(OpenPerson{route.id});
  } else if (route.screen == Screen::login) {
    on(Navigate{Screen::login});
  } else if (is_admin_screen(route.screen) && !state_.session.signed_in()) {
    state_.nav.go(route);  // where the sign-in returns to
    require_sign_in("Sign in as an admin to open this screen.");
  } else {
    state_.nav.go(route);
  }
}

void Controller::on(const FocusSearch&) {
  if (state_.screen() != Screen::browse) state_.nav.go({Screen::browse, {}});
  ++state_.browse.focus_search;
}

void Controller::on(const CopyLink& copy) {
  if (!link_copier_) return;
  link_copier_(copy.address);
  notify(ToastKind::info, "Link copied to the clipboard.");
}

void Controller::on(const Reload&) {
  if (auto* logic = visible_logic(state_.screen())) logic->reload();
}

void Controller::on(const ScreenAction& a) {
  if (auto* logic = visible_logic(a.screen)) logic->handle(a.action);
}

// What the shown screen needs and does not have (or has out of date) is
// fetched. An admin screen shown to someone else (a link opened signed out,
// a sign-out) gives way to browsing once the session is known.
void Controller::load_current_screen() {
  if (auto* logic = visible_logic(state_.screen())) return logic->show();
  if (state_.session.phase != SessionPhase::restoring) state_.nav.go({Screen::browse, {}});
}

ScreenLogic* Controller::visible_logic(Screen screen) {
  if (is_admin_screen(screen) && !is_admin(state_.session)) return nullptr;
  return screens_[static_cast<std::size_t>(screen)].get();
}

void Controller::show_login(bool again) {
  if (again) check_health();
}

std::unique_ptr<ScreenLogic> make_login_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_login);
}

void Controller::require_sign_in(std::string why) {
  state_.auth.clear_messages();
  state_.auth.prompt = std::move(why);
  state_.auth.mode = AuthMode::sign_in;
  if (state_.screen() != Screen::login) state_.nav.push({Screen::login, {}});
}

void Controller::show_error(const net::ApiError& error) {
  state_.toasts.push(ToastKind::error, error.message, state_.now);
}

void Controller::check_health() {
  if (!begin_health_check(state_.health)) return;
  api_.get(std::string(paths::kHealth), [this](const net::HttpResponse& response) {
    finish_health_check(state_.health, response);
    if (state_.health.phase == HealthPhase::failed) {
      state_.toasts.push(ToastKind::error, "Server check failed: " + state_.health.error,
                         state_.now);
    }
  });
}

}  // namespace moviedb::client
