#include "state/load.hpp"

#include <utility>

namespace moviedb::client {

std::string_view to_string(LoadPhase phase) {
  switch (phase) {
    case LoadPhase::idle:
      return "idle";
    case LoadPhase::loading:
      return "loading";
    case LoadPhase::ready:
      return "ready";
    case LoadPhase::failed:
      return "failed";
  }
  return "unknown";
}

std::uint64_t LoadState::begin() {
  phase = LoadPhase::loading;
  stale = false;
  return ++generation;
}

void LoadState::succeed() {
  phase = LoadPhase::ready;
  error.clear();
}

void LoadState::fail(std::string message) {
  phase = LoadPhase::failed;
  error = std::move(message);
}

bool LoadState::wanted() const {
  if (phase == LoadPhase::loading) return false;
  return phase == LoadPhase::idle || stale;
}

void LoadState::reset() {
  phase = LoadPhase::idle;
  error.clear();
  stale = false;
  ++generation;
}

}  // namespace moviedb::client
