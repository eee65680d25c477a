#pragma once
// Request bookkeeping on top of a Transport: each request carries a handler
// that runs on the main loop when its completion is drained, so handlers may
// change application state without locks. Signed-in requests carry the
// bearer token; a 401 on one of them is reported once to the session owner
// before the request's own handler runs.
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "net/http_types.hpp"
#include "net/response_queue.hpp"
#include "net/transport.hpp"

namespace moviedb::client::net {

class ApiClient {
 public:
  using Handler = std::function<void(const HttpResponse&)>;

  // Both must outlive the client; `queue` is the one `transport` posts to.
  ApiClient(Transport& transport, ResponseQueue& queue);

  RequestId send(HttpRequest request, Handler on_done);
  RequestId get(std::string url, Handler on_done);
  // `json_body` is sent as application/json (empty: no body).
  RequestId send_json(std::string method, std::string url, std::string json_body, Handler on_done);

  // The bearer token sent with every request from now on ("" signs out).
  void set_token(std::string token) { token_ = std::move(token); }
  const std::string& token() const { return token_; }

  // Called (before the request's handler) when a request that carried the
  // current token is answered 401: the token is no longer valid.
  void on_unauthorized(Handler handler) { on_unauthorized_ = std::move(handler); }

  // Runs the handler of every completed request; returns how many ran.
  // Completions whose id is unknown (already handled) are dropped.
  std::size_t dispatch_completed();

  std::size_t in_flight() const { return pending_.size(); }

 private:
  struct Pending {
    Handler handler;
    std::string token;  // the token it was sent with, "" for none
  };

  Transport& transport_;
  ResponseQueue& queue_;
  RequestId next_id_ = 1;
  std::string token_;
  Handler on_unauthorized_;
  std::unordered_map<RequestId, Pending> pending_;
};

}  // namespace moviedb::client::net
