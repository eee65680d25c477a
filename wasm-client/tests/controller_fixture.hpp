#pragma once
// A controller wired to a scripted transport and in-memory session storage,
// with helpers to answer requests and run frames.
#include <gtest/gtest.h>

#include <string>
#include <string_view>

#include "app/controller.hpp"
#include "net/api_client.hpp"
#include "platform/session_storage.hpp"
#include "tests/fake_transport.hpp"

namespace moviedb::client::testing {

inline std::string header_value(const net::HttpRequest& request, std::string_view name) {
  for (const auto& h : request.headers) {
    if (h.name == name) return h.value;
  }
  return {};
}

class ControllerFixture : public ::testing::Test {
 protected:
  AppState state;
  net::ResponseQueue queue;
  FakeTransport transport{queue};
  net::ApiClient api{transport, queue};
  MemorySessionStorage storage;
  Controller controller{state, api, storage};
  double clock = 0;

  // Starts the client and answers its health check.
  void start() {
    controller.start(clock);
    transport.answer(200, R"({"status":"ok","version":"1.0.0"})");
    frame();
  }

  // One frame: time passes, answers are handled, then `actions` are applied.
  void frame(double seconds = 0.016) {
    clock += seconds;
    controller.update(clock);
  }

  void act(Action action) { controller.apply(action); }

  // Requests started whose URL begins with `prefix` (method too when given).
  std::size_t count(std::string_view prefix, std::string_view method = {}) const {
    std::size_t n = 0;
    for (const auto& [id, request] : transport.started) {
      if (request.url.rfind(prefix, 0) == 0 && (method.empty() || request.method == method)) ++n;
    }
    return n;
  }

  // The index of the last request whose URL begins with `prefix`.
  std::size_t index_of(std::string_view prefix, std::string_view method = {}) const {
    for (std::size_t i = transport.started.size(); i-- > 0;) {
      const auto& request = transport.started[i].second;
      if (request.url.rfind(prefix, 0) == 0 && (method.empty() || request.method == method))
        return i;
    }
    ADD_FAILURE() << "no request to " << prefix;
    return 0;
  }

  // Answers the last unanswered request to `prefix` and runs a frame.
  void reply(std::string_view prefix, int status, std::string body,
             std::vector<net::Header> headers = {}, std::string_view method = {}) {
    for (std::size_t i = transport.started.size(); i-- > 0;) {
      const auto& request = transport.started[i].second;
      if (!transport.answered_flags[i] && request.url.rfind(prefix, 0) == 0 &&
          (method.empty() || request.method == method)) {
        transport.answer_at(i, status, std::move(body), {}, std::move(headers));
        frame();
        return;
      }
    }
    ADD_FAILURE() << "no unanswered request to " << prefix;
  }

  // Signs in as `username` through the form (token "tok-<username>").
  void sign_in(const std::string& username = "ada") {
    act(Navigate{Screen::login});
    act(SubmitAuth{username, "secret-password", ""});
    reply(
        "/api/v1/auth/login", 200,
        R"({"token":"tok-)" + username + R"(","user":{"id":"u1","username":")" + username +
            R"(","display_name":"Ada L.","role":"user","disabled":false,"created_at":"","updated_at":""}})");
  }
};

// A movie as the API sends it.
inline std::string movie_json(const std::string& id, const std::string& title, int likes = 0,
                              int dislikes = 0, const std::string& extra = "") {
  return R"({"id":")" + id + R"(","title":")" + title + R"(","type":"MOVIE","release_year":1999,)" +
         R"("genres":["Drama"],"imdb_score":7.5,"likes":)" + std::to_string(likes) +
         R"(,"dislikes":)" + std::to_string(dislikes) + R"(,"watched":0,"views":0)" + extra + "}";
}

inline std::string summary_json(const std::string& id, const std::string& reaction, bool watched,
                                int likes, int dislikes, int watched_count = 0, int views = 0) {
  const std::string r = reaction.empty() ? "null" : "\"" + reaction + "\"";
  return R"({"movie_id":")" + id + R"(","viewer":{"reaction":)" + r + R"(,"watched":)" +
         (watched ? "true" : "false") + R"(,"views":)" + std::to_string(views) + R"(},"likes":)" +
         std::to_string(likes) + R"(,"dislikes":)" + std::to_string(dislikes) + R"(,"watched":)" +
         std::to_string(watched_count) + R"(,"views":)" + std::to_string(views) + "}";
}

}  // namespace moviedb::client::testing
