#pragma once
// A Transport for native tests: records requests; the test answers them.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "net/transport.hpp"

namespace moviedb::client::testing {

class FakeTransport : public net::Transport {
 public:
  explicit FakeTransport(net::ResponseQueue& queue) : queue_(queue) {}

  void start(net::RequestId id, const net::HttpRequest& request) override {
    started.push_back({id, request});
  }

  // Answers the oldest unanswered request.
  void answer(int status, std::string body, std::string error = {}) {
    auto [id, request] = std::move(started.at(answered++));
    queue_.post({id, net::HttpResponse{status, std::move(body), std::move(error)}});
  }

  std::vector<std::pair<net::RequestId, net::HttpRequest>> started;
  std::size_t answered = 0;

 private:
  net::ResponseQueue& queue_;
};

}  // namespace moviedb::client::testing
