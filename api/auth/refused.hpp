#pragma once
// Why the auth service says no, in its own terms: the routes layer names the
// HTTP status and error code each reason gets (routes/contract_failures.cpp),
// so auth/ stays below the HTTP contract.
#include <chrono>
#include <optional>
#include <stdexcept>
#include <string>

namespace moviedb::auth {

class Refused : public std::runtime_error {
 public:
  enum class Why {
    username_taken,
    rate_limited,         // retry_after says when
    invalid_credentials,  // the same for a wrong name and a wrong password
    account_disabled,
    invalid_token,  // expired, revoked, or its account no longer active
  };

  Refused(Why why, const std::string& message,
          std::optional<std::chrono::seconds> retry_after = std::nullopt)
      : std::runtime_error(message), why(why), retry_after(retry_after) {}

  Why why;
  std::optional<std::chrono::seconds> retry_after;
};

}  // namespace moviedb::auth
