#include "auth/auth_service.hpp"

#include <algorithm>

#include "auth/password.hpp"
#include "auth/refused.hpp"
#include "auth/tokens.hpp"
#include "domain/clock.hpp"
#include "domain/text.hpp"
#include "domain/text_length.hpp"
#include "domain/utf8.hpp"

namespace moviedb::auth {

using domain::FieldError;
using Why = Refused::Why;

void check_username(const std::string& username, std::vector<FieldError>& errors) {
  const bool charset_ok = std::all_of(username.begin(), username.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '.' || c == '-';
  });
  if (username.size() < 3 || username.size() > 32 || !charset_ok) {
    errors.push_back({"username", "must be 3-32 letters, digits, '_', '.' or '-'"});
  }
}

void check_password(const std::string& password, std::vector<FieldError>& errors) {
  if (domain::utf8_length(password) < 8) {
    errors.push_back({"password", "must be at least 8 characters"});
  }
  domain::check_length("password", password, kMaxPassword, errors);
}

void check_display_name(const std::string& display_name, std::vector<FieldError>& errors) {
  domain::check_length("display_name", display_name, kMaxDisplayName, errors);
}

AuthService::AuthService(store::Store& store, AuthConfig config)
    : store_(store),
      config_(config),
      per_user_(config.logins_per_user_per_minute),
      per_address_(config.logins_per_address_per_minute),
      registrations_(config.registrations_per_address_per_minute) {}

domain::User AuthService::create_user(const std::string& username, const std::string& password,
                                      domain::Role role, const std::string& display_name) {
  std::vector<FieldError> errors;
  check_username(username, errors);
  check_password(password, errors);
  check_display_name(display_name, errors);
  if (!errors.empty()) throw domain::ValidationError(std::move(errors));
  const auto now = domain::now_iso();
  store::UserRecord record{{new_id("u"), username, display_name.empty() ? username : display_name,
                            role, false, now, now},
                           hash_password(password)};
  try {
    store_.insert_user(record);
  } catch (const store::StoreConflict&) {
    throw Refused(Why::username_taken, "the username '" + username + "' is taken");
  }
  return record.user;
}

Session AuthService::register_user(const std::string& username, const std::string& password,
                                   const std::string& display_name,
                                   const std::string& client_address) {
  limit(registrations_, client_address, "registrations");
  return open_session(create_user(username, password, domain::Role::user, display_name));
}

void AuthService::limit(RateLimiter& limiter, const std::string& key, std::string_view what) {
  if (auto wait = limiter.acquire(key)) {
    throw Refused(
        Why::rate_limited,
        "too many " + std::string(what) + "; try again in " + std::to_string(wait->count()) + " s",
        *wait);
  }
}

namespace {

// Unknown names are checked against this hash, so a wrong name costs as much
// time as a wrong password and the answer's timing does not say which it was.
const std::string& dummy_hash() {
  static const std::string hash = hash_password("moviedb-dummy-password-for-timing");
  return hash;
}

}  // namespace

Session AuthService::login(const std::string& username, const std::string& password,
                           const std::string& client_address) {
  limit(per_address_, client_address, "sign-in attempts");
  // Names are unique without regard to case, so the limit is too; a name that
  // cannot exist never becomes a key (keys stay short and few).
  std::vector<FieldError> invalid;
  check_username(username, invalid);
  // Everyone knows such a name cannot exist: answering at once tells nothing.
  if (!invalid.empty()) throw Refused(Why::invalid_credentials, "wrong username or password");
  limit(per_user_, domain::ascii_lower(username), "sign-in attempts");
  const auto record = store_.find_user_by_name(username);
  const bool matches = verify_password(record ? record->password_hash : dummy_hash(), password);
  // A disabled account answers the same whatever the password, so the answer
  // cannot confirm a guessed password.
  if (record && record->user.disabled) {
    throw Refused(Why::account_disabled, "this account is disabled");
  }
  if (!record || !matches) throw Refused(Why::invalid_credentials, "wrong username or password");
  return open_session(record->user);
}

Session AuthService::open_session(const domain::User& user) {
  auto token = new_token();
  const auto expires = std::chrono::system_clock::now() + config_.session_ttl;
  store_.insert_session({token_id(token), user.id, domain::iso_time(expires)});
  return {std::move(token), user};
}

void AuthService::logout(const std::string& token) {
  store_.delete_session(token_id(token));
}

std::optional<domain::User> AuthService::authenticate(const std::optional<std::string>& token) {
  if (!token) return std::nullopt;
  const auto session = store_.find_session(token_id(*token));
  if (!session || session->expires_at < domain::now_iso()) {
    throw Refused(Why::invalid_token, "the session has expired or was revoked; sign in again");
  }
  const auto record = store_.find_user(session->user_id);
  if (!record || record->user.disabled) {
    throw Refused(Why::invalid_token, "the account of this session is no longer active");
  }
  return record->user;
}

}  // namespace moviedb::auth
