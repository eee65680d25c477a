#include "net/api_client.hpp"

#include <algorithm>
#include <utility>

namespace moviedb::client::net {

namespace {

bool has_header(const HttpRequest& request, std::string_view name) {
  return std::any_of(request.headers.begin(), request.headers.end(),
                     [name](const Header& header) { return header.name == name; });
}

}  // namespace

ApiClient::ApiClient(Transport& transport, ResponseQueue& queue)
    : transport_(transport), queue_(queue) {}

RequestId ApiClient::send(HttpRequest request, Handler on_done) {
  const RequestId id = next_id_++;
  if (!has_header(request, "Accept")) request.headers.push_back({"Accept", "application/json"});
  std::string sent_token;
  if (request.with_token && !token_.empty() && !has_header(request, "Authorization")) {
    request.headers.push_back({"Authorization", "Bearer " + token_});
    sent_token = token_;
  }
  pending_.emplace(id, Pending{std::move(on_done), std::move(sent_token)});
  transport_.start(id, request);
  return id;
}

RequestId ApiClient::get(std::string url, Handler on_done) {
  HttpRequest request;
  request.url = std::move(url);
  return send(std::move(request), std::move(on_done));
}

RequestId ApiClient::send_json(std::string method, std::string url, std::string json_body,
                               Handler on_done) {
  HttpRequest request;
  request.method = std::move(method);
  request.url = std::move(url);
  if (!json_body.empty()) {
    request.headers.push_back({"Content-Type", "application/json"});
    request.body = std::move(json_body);
  }
  return send(std::move(request), std::move(on_done));
}

std::size_t ApiClient::dispatch_completed() {
  std::size_t ran = 0;
  for (auto& completion : queue_.drain()) {
    const auto it = pending_.find(completion.id);
    if (it == pending_.end()) continue;
    Pending pending = std::move(it->second);
    pending_.erase(it);
    const auto& response = completion.response;
    if (response.status == 401 && !pending.token.empty() && pending.token == token_ &&
        on_unauthorized_) {
      on_unauthorized_(response);
    }
    if (pending.handler) pending.handler(response);
    ++ran;
  }
  return ran;
}

}  // namespace moviedb::client::net
