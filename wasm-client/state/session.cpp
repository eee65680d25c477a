#include "state/session.hpp"

#include <cmath>

namespace moviedb::client {

std::string_view to_string(SessionPhase phase) {
  switch (phase) {
    case SessionPhase::anonymous:
      return "anonymous";
    case SessionPhase::restoring:
      return "restoring";
    case SessionPhase::signed_in:
      return "signed_in";
  }
  return "unknown";
}

std::string_view Session::display_name() const {
  return user.display_name.empty() ? std::string_view(user.username)
                                   : std::string_view(user.display_name);
}

std::string_view AuthForm::field_error(std::string_view field) const {
  for (const auto& e : field_errors) {
    if (e.field == field) return e.message;
  }
  return {};
}

int AuthForm::wait_seconds(double now) const {
  if (retry_at <= now) return 0;
  return static_cast<int>(std::ceil(retry_at - now));
}

void AuthForm::clear_messages() {
  error.clear();
  field_errors.clear();
}

std::vector<domain::FieldError> check_credentials(AuthMode mode, std::string_view username,
                                                  std::string_view password) {
  std::vector<domain::FieldError> errors;
  if (username.empty()) errors.push_back({"username", "Enter your username."});
  if (password.empty()) {
    errors.push_back({"password", "Enter your password."});
  }
  (void)mode;  // length and character rules are the server's: its message is shown
  return errors;
}

}  // namespace moviedb::client
