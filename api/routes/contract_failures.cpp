#include "routes/contract_failures.hpp"

#include <chrono>

#include "auth/refused.hpp"
#include "http/errors.hpp"
#include "store/store.hpp"

namespace moviedb::routes {

namespace {

using Why = auth::Refused::Why;

http::ApiError refusal(const auth::Refused& e) {
  auto error = [&] {
    switch (e.why) {
      case Why::username_taken:
        return http::ApiError(409, "username_taken", e.what(), {{"username", "is taken"}});
      case Why::rate_limited:
        return http::ApiError(429, "rate_limited", e.what());
      case Why::invalid_credentials:
        return http::ApiError(401, "invalid_credentials", e.what());
      case Why::account_disabled:
        return http::ApiError(403, "account_disabled", e.what());
      case Why::invalid_token:
        break;
    }
    return http::ApiError(401, "invalid_token", e.what());
  }();
  error.retry_after = e.retry_after;
  return error;
}

http::ApiError unavailable(const store::StoreUnavailable& e) {
  http::ApiError error(503, "store_unavailable", e.what());
  error.retry_after = std::chrono::seconds(1);
  return error;
}

}  // namespace

bool store_lost() {
  try {
    throw;
  } catch (const store::StoreUnavailable&) {
    return true;
  } catch (...) {
    return false;
  }
}

void rethrow_for_contract() {
  try {
    throw;
  } catch (const store::StoreConflict& e) {
    throw http::ApiError(409, "conflict", e.what());
  } catch (const store::StoreUnavailable& e) {
    throw unavailable(e);
  } catch (const auth::Refused& e) {
    throw refusal(e);
  }
}

}  // namespace moviedb::routes
