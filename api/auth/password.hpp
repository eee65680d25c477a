#pragma once
// Password storage: argon2id through libsodium, parameters embedded in the hash.
#include <string>
#include <string_view>

namespace moviedb::auth {

std::string hash_password(std::string_view password);
bool verify_password(const std::string& hash, std::string_view password);

}  // namespace moviedb::auth
