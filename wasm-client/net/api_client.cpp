#include "net/api_client.hpp"

#include <algorithm>
#include <utility>

namespace moviedb::client::net {

ApiClient::ApiClient(Transport& transport, ResponseQueue& queue)
    : transport_(transport), queue_(queue) {}

RequestId ApiClient::send(HttpRequest request, Handler on_done) {
  const RequestId id = next_id_++;
  pending_.emplace(id, std::move(on_done));
  const bool has_accept = std::any_of(request.headers.begin(), request.headers.end(),
                                      [](const Header& header) { return header.name == "Accept"; });
  if (!has_accept) request.headers.push_back({"Accept", "application/json"});
  transport_.start(id, request);
  return id;
}

RequestId ApiClient::get(std::string url, Handler on_done) {
  HttpRequest request;
  request.url = std::move(url);
  return send(std::move(request), std::move(on_done));
}

std::size_t ApiClient::dispatch_completed() {
  std::size_t ran = 0;
  for (auto& completion : queue_.drain()) {
    const auto it = pending_.find(completion.id);
    if (it == pending_.end()) continue;
    Handler handler = std::move(it->second);
    pending_.erase(it);
    if (handler) handler(completion.response);
    ++ran;
  }
  return ran;
}

}  // namespace moviedb::client::net
