#pragma once
// Accounts and sessions: registration, login with rate limits, logout, and
// turning a bearer token into the calling user.
#include <chrono>
#include <optional>
#include <string>

#include "auth/rate_limiter.hpp"
#include "auth/refused.hpp"
#include "domain/user.hpp"
#include "store/store.hpp"

namespace moviedb::auth {

struct AuthConfig {
  std::chrono::seconds session_ttl{std::chrono::hours(24 * 7)};
  double logins_per_user_per_minute = 10;
  double logins_per_address_per_minute = 30;
  double registrations_per_address_per_minute = 20;
};

struct Session {
  std::string token;
  domain::User user;
};

// Failures are auth::Refused (the reason) or domain::ValidationError.
class AuthService {
 public:
  AuthService(store::Store& store, AuthConfig config);

  Session register_user(const std::string& username, const std::string& password,
                        const std::string& display_name, const std::string& client_address);
  Session login(const std::string& username, const std::string& password,
                const std::string& client_address);
  void logout(const std::string& token);
  // nullopt without a token; Refused (invalid_token) for an unknown, expired
  // or disabled one.
  std::optional<domain::User> authenticate(const std::optional<std::string>& token);

  // Creates an account of any role (admin API, CLI, first run).
  domain::User create_user(const std::string& username, const std::string& password,
                           domain::Role role, const std::string& display_name);

 private:
  Session open_session(const domain::User& user);
  static void limit(RateLimiter& limiter, const std::string& key, std::string_view what);

  store::Store& store_;
  AuthConfig config_;
  RateLimiter per_user_;
  RateLimiter per_address_;
  RateLimiter registrations_;
};

// Field checks shared by registration and the admin API (lengths in characters).
inline constexpr std::size_t kMaxPassword = 256;
inline constexpr std::size_t kMaxDisplayName = 100;
void check_display_name(const std::string& display_name, std::vector<domain::FieldError>& errors);
void check_username(const std::string& username, std::vector<domain::FieldError>& errors);
void check_password(const std::string& password, std::vector<domain::FieldError>& errors);

}  // namespace moviedb::auth
