#include "app/controller.hpp"

#include <type_traits>
#include <utility>

namespace moviedb::client {

Controller::Controller(AppState& state, net::ApiClient& api) : state_(state), api_(api) {}

void Controller::start(double now) {
  state_.now = now;
  check_health();
}

void Controller::update(double now) {
  state_.now = now;
  api_.dispatch_completed();
  state_.toasts.expire(now);
}

void Controller::notify(ToastKind kind, std::string text) {
  state_.toasts.push(kind, std::move(text), state_.now);
}

void Controller::apply(const Action& action) {
  std::visit(
      [this](const auto& a) {
        using A = std::decay_t<decltype(a)>;
        if constexpr (std::is_same_v<A, RetryHealthCheck>) {
          check_health();
        } else if constexpr (std::is_same_v<A, DismissToast>) {
          state_.toasts.dismiss(a.id);
        }
      },
      action);
}

void Controller::apply_all(Actions& actions) {
  for (const auto& action : actions) apply(action);
  actions.clear();
}

void Controller::check_health() {
  if (!begin_health_check(state_.health)) return;
  api_.get("/healthz", [this](const net::HttpResponse& response) {
    finish_health_check(state_.health, response);
    if (state_.health.phase == HealthPhase::failed) {
      state_.toasts.push(ToastKind::error, "Server check failed: " + state_.health.error,
                         state_.now);
    }
  });
}

}  // namespace moviedb::client
