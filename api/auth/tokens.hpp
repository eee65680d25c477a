#pragma once
// Bearer tokens: 256 random bits, shown to the client once; the store keeps
// only their SHA-256, so a leaked database holds no usable token.
#include <string>
#include <string_view>

namespace moviedb::auth {

std::string new_token();                       // base64url, 43 characters
std::string token_id(std::string_view token);  // hex SHA-256
std::string new_id(std::string_view prefix);   // prefix + 16 random hex digits

}  // namespace moviedb::auth
