#pragma once
// Who is using the client, and the sign-in form's state.
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"
#include "domain/user.hpp"

namespace moviedb::client {

enum class SessionPhase {
  anonymous,  // browsing without an account
  restoring,  // a token kept for this tab is being checked (GET /me)
  signed_in,
};

std::string_view to_string(SessionPhase phase);

struct Session {
  SessionPhase phase = SessionPhase::anonymous;
  std::string token;  // bearer token; also kept in the tab's sessionStorage
  domain::User user;

  bool signed_in() const { return phase == SessionPhase::signed_in; }
  // display_name, or the username when there is none.
  std::string_view display_name() const;
};

enum class AuthMode { sign_in, create_account };

struct AuthForm {
  AuthMode mode = AuthMode::sign_in;
  bool busy = false;                             // a sign-in/registration request is in flight
  std::string error;                             // the server's message for the last attempt
  std::vector<domain::FieldError> field_errors;  // shown beside each field
  double retry_at = 0;          // rate limited until this time (AppState::now clock)
  std::string prompt;           // why the user was sent here ("Sign in to like titles.")
  std::uint64_t completed = 0;  // bumps after each successful sign-in (views clear inputs)

  std::string_view field_error(std::string_view field) const;
  // Seconds left before another attempt is allowed (0 when not rate limited).
  int wait_seconds(double now) const;
  void clear_messages();
};

// Client-side checks before a request is sent; the server checks again and its
// messages win. Returns the problems found (empty: submit).
std::vector<domain::FieldError> check_credentials(AuthMode mode, std::string_view username,
                                                  std::string_view password);

}  // namespace moviedb::client
