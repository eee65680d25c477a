#pragma once
// Short messages shown over every screen; each expires on its own.
#include <cstdint>
#include <string>
#include <vector>

namespace moviedb::client {

enum class ToastKind { info, error };

struct Toast {
  std::uint64_t id = 0;
  ToastKind kind = ToastKind::info;
  std::string text;
  double expires_at = 0;  // seconds on the Clock the app state uses
};

struct Toasts {
  static constexpr std::size_t kMaxShown = 5;
  static constexpr double kDefaultSeconds = 6.0;

  std::vector<Toast> items;  // oldest first
  std::uint64_t next_id = 1;

  // Adds a toast (dropping the oldest beyond kMaxShown); returns its id. The
  // same message already shown is not repeated: it stays up for longer.
  std::uint64_t push(ToastKind kind, std::string text, double now,
                     double seconds = kDefaultSeconds);
  void dismiss(std::uint64_t id);
  void expire(double now);
};

}  // namespace moviedb::client
