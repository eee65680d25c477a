#include "state/toasts.hpp"

#include <algorithm>
#include <utility>

namespace moviedb::client {

std::uint64_t Toasts::push(ToastKind kind, std::string text, double now, double seconds) {
  for (auto& toast : items) {
    if (toast.kind == kind && toast.text == text) {
      toast.expires_at = std::max(toast.expires_at, now + seconds);
      return toast.id;
    }
  }
  const std::uint64_t id = next_id++;
  items.push_back(Toast{id, kind, std::move(text), now + seconds});
  if (items.size() > kMaxShown) items.erase(items.begin());
  return id;
}

void Toasts::dismiss(std::uint64_t id) {
  std::erase_if(items, [id](const Toast& toast) { return toast.id == id; });
}

void Toasts::expire(double now) {
  std::erase_if(items, [now](const Toast& toast) { return toast.expires_at <= now; });
}

}  // namespace moviedb::client
