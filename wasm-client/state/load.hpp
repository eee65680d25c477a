#pragma once
// The life of one piece of data fetched from the API.
#include <cstdint>
#include <string>
#include <string_view>

namespace moviedb::client {

enum class LoadPhase {
  idle,     // never asked for
  loading,  // a request is in flight (earlier data may still be shown)
  ready,    // the last request succeeded
  failed,   // the last request failed: `error` says why
};

std::string_view to_string(LoadPhase phase);

// Bookkeeping shared by every fetched collection: the phase, the last error,
// whether a change elsewhere made it out of date, and a generation that
// invalidates answers to requests started before the latest one.
struct LoadState {
  LoadPhase phase = LoadPhase::idle;
  std::string error;
  bool stale = false;
  std::uint64_t generation = 0;

  // → loading; returns the generation the answer must carry.
  std::uint64_t begin();
  // False when `generation` is not the latest request's: drop that answer.
  bool current(std::uint64_t generation) const { return generation == this->generation; }
  void succeed();
  void fail(std::string message);
  // Needs (re)loading: never loaded, or out of date and not already loading.
  bool wanted() const;
  bool loading() const { return phase == LoadPhase::loading; }
  // Forget everything (e.g. on sign-out) and drop answers in flight.
  void reset();
};

}  // namespace moviedb::client
