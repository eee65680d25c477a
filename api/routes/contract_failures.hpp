#pragma once
// The lower layers' failures as the HTTP contract names them: the store's
// (409 conflict, 503 unavailable) and the auth service's refusals (401, 403,
// 409, 429). Layers below routes/ never mention a status.
#include "http/message.hpp"

namespace moviedb::routes {

// Inside a catch block: whether the exception in flight is a lost store.
bool store_lost();
// Inside a catch block: rethrows the exception in flight, as http::ApiError
// when it is one of those failures.
[[noreturn]] void rethrow_for_contract();

// Runs `work` with those failures translated. A read that lost its store
// connection is tried once more: the driver has then marked the member gone
// and picks another (a replica-set member dying under a read, whose connection
// the driver would not retry by itself, must not cost anybody a 503). Writes
// are not: the driver's retryable writes do that for them, exactly once.
template <class Work>
auto with_contract_failures(const http::Request& request, Work&& work) {
  try {
    try {
      return work();
    } catch (...) {
      if (!(request.method == "GET" || request.method == "HEAD") || !store_lost()) throw;
    }
    return work();
  } catch (...) {
    rethrow_for_contract();
  }
}

}  // namespace moviedb::routes
