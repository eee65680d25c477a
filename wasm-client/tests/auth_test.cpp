// Signing in and out, creating an account, the session kept for the tab, and
// what the user is told when the server says no.
#include <gtest/gtest.h>

#include "net/url.hpp"
#include "tests/controller_fixture.hpp"

namespace moviedb::client {
namespace {

using testing::ControllerFixture;
using testing::header_value;

class AuthTest : public ControllerFixture {};

constexpr const char* kUser =
    R"({"id":"u1","username":"ada","display_name":"Ada L.","role":"user","disabled":false,"created_at":"","updated_at":""})";

TEST_F(AuthTest, SignInStoresTheTokenAndReturnsToBrowsing) {
  start();
  EXPECT_EQ(state.screen(), Screen::login);
  act(SubmitAuth{"ada", "secret", ""});
  EXPECT_TRUE(state.auth.busy);
  const auto& request = transport.last();
  EXPECT_EQ(request.method, "POST");
  EXPECT_EQ(request.url, "/api/v1/auth/login");
  EXPECT_EQ(request.body, R"({"username":"ada","password":"secret"})");
  act(SubmitAuth{"ada", "secret", ""});
  EXPECT_EQ(count("/api/v1/auth/login"), 1u) << "no second attempt while one is in flight";

  reply("/api/v1/auth/login", 200, std::string(R"({"token":"t-1","user":)") + kUser + "}");
  EXPECT_FALSE(state.auth.busy);
  EXPECT_TRUE(state.session.signed_in());
  EXPECT_EQ(state.session.display_name(), "Ada L.");
  EXPECT_EQ(storage.get(kTokenKey), "t-1");
  EXPECT_EQ(api.token(), "t-1");
  EXPECT_EQ(state.screen(), Screen::browse);
  EXPECT_EQ(state.auth.completed, 1u);
}

TEST_F(AuthTest, WrongPasswordShowsTheServersMessage) {
  start();
  act(SubmitAuth{"ada", "wrong", ""});
  reply(
      "/api/v1/auth/login", 401,
      R"({"error":{"code":"unauthorized","message":"Wrong username or password.","details":[]}})");
  EXPECT_FALSE(state.session.signed_in());
  EXPECT_EQ(state.auth.error, "Wrong username or password.");
  EXPECT_EQ(state.screen(), Screen::login);
  EXPECT_TRUE(storage.values.empty());
}

TEST_F(AuthTest, RateLimitedWaitsAsLongAsTheServerSays) {
  start();
  act(SubmitAuth{"ada", "wrong", ""});
  reply("/api/v1/auth/login", 429,
        R"({"error":{"code":"rate_limited","message":"Too many attempts.","details":[]}})",
        {{"retry-after", "20"}});
  EXPECT_EQ(state.auth.error, "Too many attempts.");
  EXPECT_EQ(state.auth.wait_seconds(state.now), 20);
  act(SubmitAuth{"ada", "right", ""});
  EXPECT_EQ(count("/api/v1/auth/login"), 1u) << "blocked while rate limited";
  frame(12.0);
  EXPECT_EQ(state.auth.wait_seconds(state.now), 8);
  frame(8.0);
  EXPECT_EQ(state.auth.wait_seconds(state.now), 0);
  act(SubmitAuth{"ada", "right", ""});
  EXPECT_EQ(count("/api/v1/auth/login"), 2u);
}

TEST_F(AuthTest, RegisterShowsFieldErrorsAndEmptyFieldsNeverLeave) {
  start();
  act(SetAuthMode{AuthMode::create_account});
  act(SubmitAuth{"", "", ""});
  EXPECT_EQ(count("/api/v1/auth/"), 0u);
  EXPECT_FALSE(state.auth.field_error("username").empty());
  EXPECT_FALSE(state.auth.field_error("password").empty());

  act(SubmitAuth{"ada", "short", "Ada"});
  EXPECT_EQ(transport.last().url, "/api/v1/auth/register");
  EXPECT_EQ(transport.last().body, R"({"username":"ada","password":"short","display_name":"Ada"})");
  reply(
      "/api/v1/auth/register", 400,
      R"({"error":{"code":"invalid","message":"invalid input","details":[{"field":"password","message":"must be at least 8 characters"}]}})");
  EXPECT_EQ(state.auth.field_error("password"), "must be at least 8 characters");
  EXPECT_EQ(state.auth.field_error("username"), "");

  act(SubmitAuth{"ada", "long enough", "Ada"});
  reply("/api/v1/auth/register", 201, std::string(R"({"token":"t-2","user":)") + kUser + "}");
  EXPECT_TRUE(state.session.signed_in());
  EXPECT_EQ(storage.get(kTokenKey), "t-2");
}

TEST_F(AuthTest, AReloadRestoresTheTabsSession) {
  storage.set(kTokenKey, "kept");
  start();
  EXPECT_EQ(state.session.phase, SessionPhase::restoring);
  const auto& me = transport.started[index_of("/api/v1/me")].second;
  EXPECT_EQ(header_value(me, "Authorization"), "Bearer kept");
  reply("/api/v1/me", 200, kUser);
  EXPECT_TRUE(state.session.signed_in());
  EXPECT_EQ(state.session.user.username, "ada");
  EXPECT_EQ(state.screen(), Screen::browse);
}

TEST_F(AuthTest, AnExpiredSavedSessionIsDroppedQuietly) {
  storage.set(kTokenKey, "old");
  start();
  reply("/api/v1/me", 401,
        R"({"error":{"code":"unauthorized","message":"token expired","details":[]}})");
  EXPECT_EQ(state.session.phase, SessionPhase::anonymous);
  EXPECT_EQ(storage.get(kTokenKey), "");
  EXPECT_EQ(api.token(), "");
  EXPECT_EQ(state.screen(), Screen::login);
  EXPECT_TRUE(state.toasts.items.empty());
}

TEST_F(AuthTest, A401WhileSignedInEndsTheSessionWithTheServersMessage) {
  start();
  sign_in();
  act(Navigate{Screen::lists});
  frame();
  reply("/api/v1/me/interactions", 401,
        R"({"error":{"code":"unauthorized","message":"Your session has expired.","details":[]}})");
  EXPECT_FALSE(state.session.signed_in());
  EXPECT_EQ(storage.get(kTokenKey), "");
  ASSERT_EQ(state.toasts.items.size(), 1u) << "said once, even though the request failed too";
  EXPECT_EQ(state.toasts.items[0].text, "Your session has expired.");
}

TEST_F(AuthTest, SignOutRevokesAndForgets) {
  start();
  sign_in();
  const auto completed = state.auth.completed;
  act(SignOut{});
  EXPECT_GT(state.auth.completed, completed) << "the form is emptied for the next person";
  const auto& logout = transport.last();
  EXPECT_EQ(logout.url, "/api/v1/auth/logout");
  EXPECT_EQ(header_value(logout, "Authorization"), "Bearer tok-ada");
  EXPECT_FALSE(state.session.signed_in());
  EXPECT_EQ(api.token(), "");
  EXPECT_EQ(storage.get(kTokenKey), "");
  EXPECT_EQ(state.screen(), Screen::login);
  transport.answer(204, "");
  frame();
  EXPECT_FALSE(state.session.signed_in());
}

TEST_F(AuthTest, ActionsNeedingAnAccountAskToSignInThenComeBack) {
  start();
  act(Navigate{Screen::browse});
  act(OpenMovie{"m1"});
  reply("/api/v1/movies/m1", 200, testing::movie_json("m1", "Alien"));
  EXPECT_EQ(count("/api/v1/movies/m1/views"), 0u) << "anonymous opens record no view";
  act(SetReaction{"m1", domain::Reaction::like});
  EXPECT_EQ(state.screen(), Screen::login);
  EXPECT_FALSE(state.auth.prompt.empty());
  EXPECT_EQ(count("/api/v1/movies/m1/reaction"), 0u);

  act(SubmitAuth{"ada", "secret", ""});
  reply("/api/v1/auth/login", 200, std::string(R"({"token":"t","user":)") + kUser + "}");
  EXPECT_EQ(state.nav.current, (Route{Screen::movie, "m1"})) << "back where the user was";
  EXPECT_TRUE(state.auth.prompt.empty());
  frame();
  EXPECT_EQ(count("/api/v1/movies/m1", "GET"), 2u) << "reloaded for the viewer's own state";
}

}  // namespace
}  // namespace moviedb::client
