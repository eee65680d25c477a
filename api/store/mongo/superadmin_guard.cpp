#include "store/mongo/superadmin_guard.hpp"

#include <random>
#include <thread>

#include "domain/clock.hpp"
#include "store/mongo/documents.hpp"
#include "store/store.hpp"

namespace moviedb::store::mongo {

namespace {

constexpr const char* kGuardId = "superadmin-guard";

std::string random_holder() {
  std::random_device device;
  std::uniform_int_distribution<unsigned long long> digits;
  return std::to_string(digits(device)) + "-" + std::to_string(digits(device));
}

std::string iso_after(std::chrono::seconds delay) {
  return domain::iso_time(std::chrono::system_clock::now() + delay);
}

}  // namespace

SuperadminGuard::SuperadminGuard(Unit& unit) : unit_(unit), holder_(random_holder()) {
  const auto give_up = std::chrono::steady_clock::now() + kWait;
  while (!try_acquire()) {
    if (std::chrono::steady_clock::now() >= give_up) {
      throw StoreUnavailable("another change of administrators is in progress; retry shortly");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

bool SuperadminGuard::try_acquire() {
  // The lease is the document's existence: an insert under a fixed _id is
  // atomic on every server (findAndModify is not on FerretDB 1.x, where two
  // contenders both "won" a conditional update in a test).
  try {
    unit_.insert_one(coll::kCounters, Doc().str("_id", kGuardId).str("holder", holder_).str(
                                          "until", iso_after(kLease)));
    return true;
  } catch (const StoreConflict&) {
  }
  // Held. A lease that ran out (its holder crashed) is removed by whoever
  // sees it first; ISO times sort as text.
  unit_.delete_one(coll::kCounters, Doc().str("_id", kGuardId).doc(
                                        "until", Doc().str("$lt", domain::now_iso())));
  return false;
}

SuperadminGuard::~SuperadminGuard() {
  try {
    unit_.delete_one(coll::kCounters, Doc().str("_id", kGuardId).str("holder", holder_));
  } catch (...) {  // the lease expires by itself
  }
}

std::int64_t SuperadminGuard::enabled_superadmins() {
  return unit_.count(coll::kUsers, Doc().str("role", "superadmin").boolean("disabled", false));
}

}  // namespace moviedb::store::mongo
