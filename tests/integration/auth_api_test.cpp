#include "integration/api_fixture.hpp"

using namespace moviedb::test;
namespace json = boost::json;

class AuthApi : public ApiTest {};

TEST_F(AuthApi, RegisterSignInMeAndLogout) {
  const auto reg = api().call("POST", "/auth/register",
                              json::object{{"username", "Neo"}, {"password", "follow-the-rabbit"},
                                           {"display_name", "Thomas"}});
  ASSERT_EQ(reg.status, 201);
  EXPECT_EQ(reg["user"].at("role"), "user");
  EXPECT_EQ(reg["user"].at("display_name"), "Thomas");
  EXPECT_FALSE(reg["user"].as_object().contains("password_hash"));
  const auto token = api().sign_in("neo", "follow-the-rabbit");  // names ignore case
  const auto me = api().call("GET", "/me", {}, token);
  ASSERT_EQ(me.status, 200);
  EXPECT_EQ(me["username"], "Neo");
  EXPECT_EQ(api().call("POST", "/auth/logout", {}, token).status, 204);
  const auto after = api().call("GET", "/me", {}, token);
  EXPECT_EQ(after.status, 401);
  EXPECT_EQ(after.error_code(), "invalid_token");
}

TEST_F(AuthApi, WrongPasswordAndUnknownUserLookTheSame) {
  const auto wrong = api().call("POST", "/auth/login",
                                json::object{{"username", "uma"}, {"password", "nope-nope"}});
  const auto unknown = api().call("POST", "/auth/login",
                                  json::object{{"username", "nobody"}, {"password", "nope-nope"}});
  EXPECT_EQ(wrong.status, 401);
  EXPECT_EQ(unknown.status, 401);
  EXPECT_EQ(wrong["error"].at("message"), unknown["error"].at("message"));
}

TEST_F(AuthApi, RegistrationValidatesAndRejectsTakenNames) {
  const auto bad = api().call("POST", "/auth/register",
                              json::object{{"username", "a b"}, {"password", "short"}});
  ASSERT_EQ(bad.status, 400);
  const auto& details = bad["error"].at("details").as_array();
  ASSERT_EQ(details.size(), 2u);
  EXPECT_EQ(details[0].at("field"), "username");
  EXPECT_EQ(details[1].at("field"), "password");
  const auto taken = api().call("POST", "/auth/register",
                                json::object{{"username", "UMA"}, {"password", "long-enough"}});
  EXPECT_EQ(taken.status, 409);
  EXPECT_EQ(taken.error_code(), "username_taken");
  const auto extra = api().call(
      "POST", "/auth/register",
      json::object{{"username", "eve"}, {"password", "long-enough"}, {"role", "superadmin"}});
  EXPECT_EQ(extra.status, 400);  // nobody registers themselves into a role
  EXPECT_EQ(api().call("POST", "/auth/register", json::array{1, 2}).status, 400);
  EXPECT_EQ(api().raw("POST", "/auth/register", "{\"username\":").status, 400);
}

TEST_F(AuthApi, MalformedOrUnknownTokensAre401) {
  EXPECT_EQ(api().call("GET", "/me").status, 401);
  EXPECT_EQ(api().call("GET", "/me", {}, "not-a-real-token").status, 401);
  HttpConnection connection(port());
  connection.send("GET /api/v1/me HTTP/1.1\r\nHost: x\r\nAuthorization: Basic abc\r\n\r\n");
  EXPECT_EQ(connection.read_response()->status, 401);
}

TEST_F(AuthApi, DisabledAccountsCannotSignInAndLoseTheirSessions) {
  const auto me = api().call("GET", "/me", {}, user_);
  const std::string id(me["id"].as_string());
  ASSERT_EQ(api().call("PATCH", "/admin/users/" + id, json::object{{"disabled", true}}, admin_)
                .status,
            200);
  EXPECT_EQ(api().call("GET", "/me", {}, user_).status, 401);
  const auto login = api().call("POST", "/auth/login",
                                json::object{{"username", "uma"}, {"password", "uma-password"}});
  EXPECT_EQ(login.status, 403);
}

class LoginRateLimit : public ApiTest {
 protected:
  void SetUp() override { start_api({"--login-rate-user", "5"}); }
};

TEST_F(LoginRateLimit, RepeatedFailuresGet429WithRetryAfter) {
  // The fixture signed in as root, ada and uma once each: other names' budgets.
  ApiResult last;
  for (int i = 0; i < 6; ++i) {
    last = api().call("POST", "/auth/login",
                      json::object{{"username", "victim"}, {"password", "guess-" + std::to_string(i)}});
  }
  EXPECT_EQ(last.status, 429);
  EXPECT_EQ(last.error_code(), "rate_limited");
  const auto retry = last.raw.header("Retry-After");
  ASSERT_TRUE(retry);
  EXPECT_GE(std::stoi(*retry), 1);
  // Another name from the same address is still allowed.
  EXPECT_EQ(api().call("POST", "/auth/login",
                       json::object{{"username", "uma"}, {"password", "uma-password"}})
                .status,
            200);
}
