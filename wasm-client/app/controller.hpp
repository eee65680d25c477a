#pragma once
// The one place that turns actions into requests and responses into state.
// Lives on the main loop; views only read AppState and append Actions.
#include <string>

#include "net/api_client.hpp"
#include "state/actions.hpp"
#include "state/app_state.hpp"

namespace moviedb::client {

class Controller {
 public:
  // Both must outlive the controller.
  Controller(AppState& state, net::ApiClient& api);

  // First requests of a session (the health check).
  void start(double now);

  // Top of every frame: advance the clock, run response handlers, expire toasts.
  void update(double now);

  // Shows a toast (for conditions the platform reports, e.g. a missing font).
  void notify(ToastKind kind, std::string text);

  void apply(const Action& action);
  void apply_all(Actions& actions);  // applies in order, then clears

 private:
  void check_health();

  AppState& state_;
  net::ApiClient& api_;
};

}  // namespace moviedb::client
