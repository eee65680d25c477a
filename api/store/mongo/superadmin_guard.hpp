#pragma once
// Serialises the user changes that could leave no enabled superadmin (role
// and disabled changes, deletions) across every API process. MongoDB offers
// no multi-document transaction on every deployment we run on (FerretDB, the
// test stand-in, has none), so a lease document in `counters` exists while
// the check and the write happen: `{_id: "superadmin-guard", holder, until}`.
// A lease left by a crashed process expires after kLease.
#include <chrono>
#include <string>

#include "store/mongo/unit.hpp"

namespace moviedb::store::mongo {

class SuperadminGuard {
 public:
  static constexpr std::chrono::seconds kLease{30};
  // Waits up to kWait for the lease; StoreUnavailable when it stays taken.
  static constexpr std::chrono::seconds kWait{10};

  explicit SuperadminGuard(Unit& unit);
  ~SuperadminGuard();
  SuperadminGuard(const SuperadminGuard&) = delete;
  SuperadminGuard& operator=(const SuperadminGuard&) = delete;

  // Enabled superadmins now, read from the primary under the lease.
  std::int64_t enabled_superadmins();

 private:
  bool try_acquire();

  Unit& unit_;
  std::string holder_;
};

}  // namespace moviedb::store::mongo
