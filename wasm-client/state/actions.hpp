#pragma once
// What a view may ask for. Views append actions while drawing; the controller
// applies them after the frame, so views never fetch or mutate state.
#include <cstdint>
#include <variant>
#include <vector>

namespace moviedb::client {

struct RetryHealthCheck {};
struct DismissToast {
  std::uint64_t id = 0;
};

using Action = std::variant<RetryHealthCheck, DismissToast>;
using Actions = std::vector<Action>;

}  // namespace moviedb::client
