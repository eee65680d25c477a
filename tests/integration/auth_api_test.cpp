#include <algorithm>
#include <chrono>
#include <unistd.h>

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
  // The same answer whatever the password: it cannot confirm a guess.
  const auto guess = api().call("POST", "/auth/login",
                                json::object{{"username", "uma"}, {"password", "wrong-guess"}});
  EXPECT_EQ(guess.status, 403);
}

TEST_F(AuthApi, UnknownNamesCostAsMuchAsWrongPasswords) {
  using Clock = std::chrono::steady_clock;
  const auto time_login = [&](const std::string& name) {
    const auto started = Clock::now();
    api().call("POST", "/auth/login", json::object{{"username", name}, {"password", "not-it-1"}});
    return Clock::now() - started;
  };
  // Medians of a few tries each, so one scheduling hiccup does not decide.
  const auto median = [&](const std::string& name) {
    std::vector<Clock::duration> times;
    for (int i = 0; i < 5; ++i) times.push_back(time_login(name));
    std::sort(times.begin(), times.end());
    return times[2];
  };
  const auto known = median("ada");
  const auto unknown = median("nobody-" + std::to_string(::getpid()));
  // Verifying an argon2id hash takes milliseconds; a skipped check is ~1 ms faster.
  EXPECT_GT(unknown * 2, known) << "unknown " << unknown.count() << " vs known " << known.count();
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

TEST_F(LoginRateLimit, TheNameLimitIgnoresLetterCase) {
  for (int i = 0; i < 5; ++i) {
    api().call("POST", "/auth/login",
               json::object{{"username", "uma"}, {"password", "guess-" + std::to_string(i)}});
  }
  // Names are unique without regard to case: the right password under
  // another spelling is still over the limit.
  EXPECT_EQ(api().call("POST", "/auth/login",
                       json::object{{"username", "UMA"}, {"password", "uma-password"}})
                .status,
            429);
}

class RegistrationLimit : public ApiTest {
 protected:
  void SetUp() override { start_api({"--register-rate-address", "3"}); }
};

TEST_F(RegistrationLimit, RegistrationsPerAddressAreLimited) {
  // The fixture registered uma: two more fit in the burst of three.
  std::vector<int> statuses;
  for (int i = 0; i < 3; ++i) {
    statuses.push_back(api().call("POST", "/auth/register",
                                  json::object{{"username", "new" + std::to_string(i)},
                                               {"password", "long-enough-1"}})
                           .status);
  }
  EXPECT_EQ(statuses, (std::vector<int>{201, 201, 429}));
}

class TrustedProxy : public ApiTest {
 protected:
  void SetUp() override {
    start_api({"--trusted-proxies", "127.0.0.0/8", "--login-rate-address", "3",
               "--login-rate-user", "1000"});
  }
  int login_from(const std::string& forwarded_for) {
    return http_request(port(), "POST", "/api/v1/auth/login",
                        R"({"username":"ada","password":"wrong-password"})",
                        {{"Content-Type", "application/json"}, {"X-Forwarded-For", forwarded_for}})
        .status;
  }
};

TEST_F(TrustedProxy, EachForwardedClientHasItsOwnSignInLimit) {
  // The fixture's sign-ins came from 127.0.0.1 itself; these from two clients.
  for (int i = 0; i < 3; ++i) EXPECT_EQ(login_from("203.0.113.7"), 401);
  EXPECT_EQ(login_from("203.0.113.7"), 429);
  EXPECT_EQ(login_from("198.51.100.2"), 401) << "another client is not locked out";
  // The right-most untrusted hop counts: a client cannot pick its own address
  // by prepending one.
  EXPECT_EQ(login_from("198.51.100.99, 203.0.113.7"), 429);
  EXPECT_EQ(login_from("203.0.113.7, 127.0.0.5"), 429) << "trusted hops are skipped";
}

TEST_F(AuthApi, ForwardedForIsIgnoredWithoutTrustedProxies) {
  // With the default (no trusted proxies) the header cannot name a client:
  // all of these share the peer's budget of 30 a minute.
  int limited = 0;
  for (int i = 0; i < 40; ++i) {
    // Unknown names, so only the address limit can answer 429.
    const auto body = R"({"username":"nobody)" + std::to_string(i) + R"(","password":"wrong-1"})";
    const auto status = http_request(port(), "POST", "/api/v1/auth/login", body,
                                     {{"Content-Type", "application/json"},
                                      {"X-Forwarded-For", "192.0.2." + std::to_string(i)}})
                            .status;
    limited += status == 429;
  }
  EXPECT_GT(limited, 0);
}
