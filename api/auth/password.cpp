#include "auth/password.hpp"

#include <sodium.h>

#include <semaphore>
#include <stdexcept>

#include "auth/sodium_init.hpp"

namespace moviedb::auth {

namespace {

// OWASP's argon2id setting m=19 MiB, t=2, p=1: as strong as libsodium's
// INTERACTIVE preset (64 MiB, t=2) against offline guessing, at a third of the
// memory.
constexpr unsigned long long kOpsLimit = 2;
constexpr std::size_t kMemLimit = 19 * 1024 * 1024;

// Every hash and verify holds its whole memory cost; a burst of logins on all
// workers must not multiply it. Two at a time keep the server under its
// memory budget and still use both cores of a small machine.
std::counting_semaphore<2> hashing_slots(2);

class HashingSlot {
 public:
  HashingSlot() { hashing_slots.acquire(); }
  ~HashingSlot() { hashing_slots.release(); }
  HashingSlot(const HashingSlot&) = delete;
  HashingSlot& operator=(const HashingSlot&) = delete;
};

}  // namespace

std::string hash_password(std::string_view password) {
  ensure_sodium();
  char out[crypto_pwhash_STRBYTES];
  HashingSlot slot;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), kOpsLimit, kMemLimit,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw std::runtime_error("argon2id hashing ran out of memory");
  }
  return out;
}

bool verify_password(const std::string& hash, std::string_view password) {
  ensure_sodium();
  HashingSlot slot;
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace moviedb::auth
