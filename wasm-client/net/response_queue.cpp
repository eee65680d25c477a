#include "net/response_queue.hpp"

#include <utility>

namespace moviedb::client::net {

void ResponseQueue::post(Completion completion) {
  const std::lock_guard lock(mutex_);
  items_.push_back(std::move(completion));
}

std::vector<Completion> ResponseQueue::drain() {
  const std::lock_guard lock(mutex_);
  return std::exchange(items_, {});
}

bool ResponseQueue::empty() const {
  const std::lock_guard lock(mutex_);
  return items_.empty();
}

}  // namespace moviedb::client::net
