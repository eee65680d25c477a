#pragma once
// Values that cross the store interface besides the wire types themselves.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/interaction.hpp"
#include "domain/movie.hpp"
#include "domain/people.hpp"
#include "domain/user.hpp"

namespace moviedb::store {

struct UserRecord {
  domain::User user;
  std::string password_hash;  // argon2id string from libsodium
};

struct UserQuery {
  std::string q;  // username or display name prefix
  std::optional<domain::Role> role;
  std::int64_t page = 1;
  std::int64_t page_size = 20;
};

// Only the present fields change.
struct UserPatch {
  std::optional<std::string> display_name;
  std::optional<domain::Role> role;
  std::optional<bool> disabled;
  std::optional<std::string> password_hash;
};

struct SessionRecord {
  std::string id;  // SHA-256 of the bearer token, hex
  std::string user_id;
  std::string expires_at;  // ISO 8601 UTC
};

// A title with the credits an import brings along (replacing the old ones).
struct MovieWithCredits {
  domain::Movie movie;
  std::optional<std::vector<domain::Credit>> credits;  // nullopt: keep existing credits
};

// A title as its page shows it: with its credits, read together.
struct MovieDetail {
  domain::Movie movie;
  std::string credits_json;  // json_text::credits_json of its credits
};

struct UpsertCounts {
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
};

// What an interaction write returns: the caller's new state and the title's counters.
struct InteractionResult {
  domain::Interaction interaction;
  std::int64_t likes = 0;
  std::int64_t dislikes = 0;
  std::int64_t watched = 0;
  std::int64_t views = 0;
};

struct InteractionQuery {
  std::string user_id;
  std::string movie_id;
  std::optional<domain::Reaction> reaction;
  std::optional<bool> watched;
  bool viewed_only = false;
  std::string since;  // ISO 8601, on updated_at
  std::string until;
  std::int64_t page = 1;
  std::int64_t page_size = 20;
};

struct AuditQuery {
  std::string actor;  // user id or username
  std::string action;
  std::string collection;
  std::string since;
  std::string until;
  std::int64_t page = 1;
  std::int64_t page_size = 50;
};

}  // namespace moviedb::store
