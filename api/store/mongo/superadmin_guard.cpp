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
  try {
    unit_.insert_one(coll::kCounters, Doc().str("_id", kGuardId).str("holder", "").str("until", ""));
  } catch (const StoreConflict&) {  // it exists: the usual case
  }
  const auto give_up = std::chrono::steady_clock::now() + kWait;
  while (!try_acquire()) {
    if (std::chrono::steady_clock::now() >= give_up) {
      throw StoreUnavailable("another change of administrators is in progress; retry shortly");
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
}

bool SuperadminGuard::try_acquire() {
  // Free, or left by a holder whose lease ran out (ISO times sort as text).
  std::vector<Doc> free_or_expired;
  free_or_expired.push_back(Doc().str("holder", ""));
  free_or_expired.push_back(Doc().doc("until", Doc().str("$lt", domain::now_iso())));
  const auto taken = unit_.find_and_modify(
      coll::kCounters, Doc().str("_id", kGuardId).docs("$or", free_or_expired),
      Doc().doc("$set", Doc().str("holder", holder_).str("until", iso_after(kLease))), false, true);
  return taken.has_value();
}

SuperadminGuard::~SuperadminGuard() {
  try {
    unit_.update_one(coll::kCounters, Doc().str("_id", kGuardId).str("holder", holder_),
                     Doc().doc("$set", Doc().str("holder", "").str("until", "")), false);
  } catch (...) {  // the lease expires by itself
  }
}

std::int64_t SuperadminGuard::enabled_superadmins() {
  return unit_.count(coll::kUsers, Doc().str("role", "superadmin").boolean("disabled", false));
}

}  // namespace moviedb::store::mongo
