// The landing screen's server check: parsing GET /healthz, the state
// transitions, and the controller driving them through the response queue.
#include <gtest/gtest.h>

#include "app/controller.hpp"
#include "net/api_client.hpp"
#include "net/errors.hpp"
#include "platform/session_storage.hpp"
#include "state/health.hpp"
#include "tests/fake_transport.hpp"

namespace moviedb::client {
namespace {

TEST(ParseHealth, ReadsStatusAndVersion) {
  const auto info = parse_health(R"({"status":"ok","version":"0.1.0"})");
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->status, "ok");
  EXPECT_EQ(info->version, "0.1.0");
}

TEST(ParseHealth, IgnoresUnknownFields) {
  const auto info = parse_health(R"({"version":"1.2.3-rc.1","extra":[1],"status":"ok"})");
  ASSERT_TRUE(info.has_value());
  EXPECT_EQ(info->version, "1.2.3-rc.1");
}

TEST(ParseHealth, RejectsMalformedBodies) {
  for (const char* body : {"", "not json", "[]", R"({"status":"ok"})", R"({"version":"1"})",
                           R"({"status":"ok","version":3})", R"({"status":"ok","version":""})",
                           R"({"status":"ok","version":"1.0.0")"}) {
    std::string error;
    EXPECT_FALSE(parse_health(body, &error).has_value()) << body;
    EXPECT_FALSE(error.empty()) << body;
  }
}

TEST(HealthState, SuccessfulCheck) {
  HealthState state;
  ASSERT_TRUE(begin_health_check(state));
  EXPECT_EQ(state.phase, HealthPhase::checking);
  EXPECT_FALSE(begin_health_check(state)) << "a second check must not start while one runs";
  finish_health_check(state, {200, R"({"status":"ok","version":"0.4.2"})", ""});
  EXPECT_EQ(state.phase, HealthPhase::ok);
  EXPECT_EQ(state.version, "0.4.2");
  EXPECT_EQ(state.attempts, 1);
}

TEST(HealthState, NetworkFailureIsExplained) {
  HealthState state;
  begin_health_check(state);
  finish_health_check(state, {0, "", "timed out"});
  EXPECT_EQ(state.phase, HealthPhase::failed);
  EXPECT_NE(state.error.find("Cannot reach the server"), std::string::npos) << state.error;
  EXPECT_NE(state.error.find("timed out"), std::string::npos) << state.error;
}

TEST(HealthState, ErrorEnvelopeMessageIsShown) {
  HealthState state;
  begin_health_check(state);
  finish_health_check(
      state, {503, R"({"error":{"code":"unavailable","message":"store down","details":[]}})", ""});
  EXPECT_EQ(state.phase, HealthPhase::failed);
  EXPECT_EQ(state.error, "HTTP 503: store down");
}

TEST(HealthState, NonOkStatusAndBadJsonFail) {
  HealthState state;
  begin_health_check(state);
  finish_health_check(state, {200, R"({"status":"degraded","version":"1.0.0"})", ""});
  EXPECT_EQ(state.phase, HealthPhase::failed);
  begin_health_check(state);
  finish_health_check(state, {200, "<html>", ""});
  EXPECT_EQ(state.phase, HealthPhase::failed);
  EXPECT_EQ(state.attempts, 2);
}

TEST(HealthState, RecheckKeepsLastVersionUntilAnswered) {
  HealthState state;
  begin_health_check(state);
  finish_health_check(state, {200, R"({"status":"ok","version":"1.0.0"})", ""});
  begin_health_check(state);
  EXPECT_EQ(state.version, "1.0.0");
  EXPECT_TRUE(state.error.empty());
}

TEST(DescribeFailure, FallsBackToStatus) {
  EXPECT_EQ(net::describe_failure({404, "Not Found", ""}), "HTTP 404");
  EXPECT_EQ(net::describe_failure({0, "", ""}), "Cannot reach the server (network error)");
}

class ControllerTest : public ::testing::Test {
 protected:
  AppState state;
  net::ResponseQueue queue;
  testing::FakeTransport transport{queue};
  net::ApiClient api{transport, queue};
  MemorySessionStorage storage;
  Controller controller{state, api, storage};
};

TEST_F(ControllerTest, StartChecksHealthAndAppliesAnswerOnlyWhenDrained) {
  controller.start(1.0);
  ASSERT_EQ(transport.started.size(), 1u);
  EXPECT_EQ(transport.started[0].second.method, "GET");
  EXPECT_EQ(transport.started[0].second.url, "/healthz");
  EXPECT_EQ(state.health.phase, HealthPhase::checking);

  transport.answer(200, R"({"status":"ok","version":"0.1.0"})");
  EXPECT_EQ(state.health.phase, HealthPhase::checking) << "handlers run on the main loop only";
  controller.update(1.1);
  EXPECT_EQ(state.health.phase, HealthPhase::ok);
  EXPECT_EQ(state.health.version, "0.1.0");
  EXPECT_EQ(api.in_flight(), 0u);
  EXPECT_TRUE(state.toasts.items.empty());
}

TEST_F(ControllerTest, FailureShowsToastAndRetryStartsOneNewCheck) {
  controller.start(0.0);
  transport.answer(0, "", "network error");
  controller.update(0.5);
  ASSERT_EQ(state.health.phase, HealthPhase::failed);
  ASSERT_EQ(state.toasts.items.size(), 1u);
  EXPECT_EQ(state.toasts.items[0].kind, ToastKind::error);

  Actions actions{RetryHealthCheck{}, RetryHealthCheck{}};
  controller.apply_all(actions);
  EXPECT_TRUE(actions.empty());
  EXPECT_EQ(transport.started.size(), 2u) << "a retry while checking is ignored";

  transport.answer(200, R"({"status":"ok","version":"2.0.0"})");
  controller.update(1.0);
  EXPECT_EQ(state.health.phase, HealthPhase::ok);
  EXPECT_EQ(state.health.version, "2.0.0");
}

TEST_F(ControllerTest, ToastsExpireAndCanBeDismissed) {
  const auto first = state.toasts.push(ToastKind::info, "a", 0.0, 5.0);
  state.toasts.push(ToastKind::info, "b", 0.0, 10.0);
  controller.update(6.0);
  ASSERT_EQ(state.toasts.items.size(), 1u);
  EXPECT_EQ(state.toasts.items[0].text, "b");
  controller.apply(DismissToast{state.toasts.items[0].id});
  EXPECT_TRUE(state.toasts.items.empty());
  controller.apply(DismissToast{first});  // unknown ids are harmless
}

TEST(Toasts, KeepOnlyTheNewestFew) {
  Toasts toasts;
  for (int i = 0; i < 8; ++i) toasts.push(ToastKind::info, std::to_string(i), 0.0);
  ASSERT_EQ(toasts.items.size(), Toasts::kMaxShown);
  EXPECT_EQ(toasts.items.front().text, "3");
  EXPECT_EQ(toasts.items.back().text, "7");
}

}  // namespace
}  // namespace moviedb::client
