#pragma once
// A Transport for native tests: records requests; the test answers them.
#include <cstddef>
#include <stdexcept>
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
    answered_flags.push_back(false);
  }

  // Answers the oldest unanswered request.
  void answer(int status, std::string body, std::string error = {},
              std::vector<net::Header> headers = {}) {
    for (std::size_t i = 0; i < started.size(); ++i) {
      if (!answered_flags[i])
        return answer_at(i, status, std::move(body), std::move(error), std::move(headers));
    }
    throw std::logic_error("no unanswered request");
  }

  // Answers request number `index` (in the order they started).
  void answer_at(std::size_t index, int status, std::string body, std::string error = {},
                 std::vector<net::Header> headers = {}) {
    if (answered_flags.at(index)) throw std::logic_error("request answered twice");
    answered_flags[index] = true;
    ++answered;
    queue_.post({started[index].first,
                 net::HttpResponse{status, std::move(body), std::move(error), std::move(headers)}});
  }

  std::size_t unanswered() const { return started.size() - answered; }
  const net::HttpRequest& last() const { return started.back().second; }

  std::vector<std::pair<net::RequestId, net::HttpRequest>> started;
  std::vector<bool> answered_flags;
  std::size_t answered = 0;

 private:
  net::ResponseQueue& queue_;
};

}  // namespace moviedb::client::testing
