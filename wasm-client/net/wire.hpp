#pragma once
// Decoding the API's answers into the shared wire types of api/domain/ (the
// same conversions the server encodes with), plus the few envelopes that only
// exist on the wire. Every decoder is total: a body of the wrong shape gives
// nullopt and an explanation, never an exception (the WebAssembly build does
// not catch exceptions).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/audit.hpp"
#include "domain/interaction.hpp"
#include "domain/movie.hpp"
#include "domain/page.hpp"
#include "domain/people.hpp"
#include "domain/stats.hpp"
#include "domain/user.hpp"

namespace moviedb::client::net {

// The caller's own state for one title (`viewer` on a movie detail).
struct Viewer {
  std::optional<domain::Reaction> reaction;
  bool watched = false;
  std::int64_t views = 0;
  bool operator==(const Viewer&) const = default;
};

// A title's community counters.
struct Counters {
  std::int64_t likes = 0;
  std::int64_t dislikes = 0;
  std::int64_t watched = 0;
  std::int64_t views = 0;
  bool operator==(const Counters&) const = default;
};

// What PUT/DELETE …/reaction, PUT/DELETE …/watched and POST …/views answer.
struct InteractionSummary {
  std::string movie_id;
  Viewer viewer;
  Counters counters;
};

// GET /movies/{id}.
struct MovieDetail {
  domain::Movie movie;
  std::vector<domain::Credit> credits;
  std::optional<Viewer> viewer;  // present for a signed-in caller
};

// POST /auth/login and /auth/register.
struct AuthResult {
  std::string token;
  domain::User user;
};

// GET /people/{id}: the person and their filmography.
struct PersonDetail {
  domain::Person person;
  std::vector<domain::Credit> credits;
};

// An item of GET /recommendations: a title and why it is suggested.
struct Recommendation {
  domain::Movie movie;
  std::string reason;
};

// POST /admin/import: what was (or, on a dry run, would be) written.
struct ImportError {
  std::int64_t index = 0;  // the record's position in the file (0-based)
  std::string id;          // when the record named one
  std::string message;
};
struct ImportResult {
  std::int64_t records = 0;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t rejected = 0;
  std::vector<ImportError> errors;
};

std::optional<domain::Page<domain::User>> decode_user_page(std::string_view body,
                                                           std::string* error = nullptr);
std::optional<domain::Stats> decode_stats(std::string_view body, std::string* error = nullptr);
std::optional<domain::Page<domain::AuditEntry>> decode_audit_page(std::string_view body,
                                                                  std::string* error = nullptr);
// GET /admin/cluster into `adapter`, `server_version`, `path`, collection
// counts, one row per shard / member / other topology object, notes and what
// the server could not read. Unknown members are listed, never fatal.
// Per shard, a count (chunks, documents), in the server's order.
using ShardCounts = std::vector<std::pair<std::string, std::int64_t>>;
// A fact the server could not give, as "what: reason". Unless the server
// says the deployment does not report it, a command failed.
struct UnavailableFact {
  std::string text;
  bool failed = true;
};
struct ClusterFacts {
  std::string adapter;
  std::string server_version;
  std::string path;
  std::vector<std::pair<std::string, std::int64_t>> collections;
  std::vector<std::pair<std::string, std::string>> rows;  // group, text
  std::vector<std::string> notes;
  std::vector<UnavailableFact> unavailable;
  // per_shard_counts: collection → documents on each shard
  std::vector<std::pair<std::string, ShardCounts>> documents_per_shard;
};
std::optional<ClusterFacts> decode_cluster(std::string_view body, std::string* error = nullptr);
// GET /admin/cluster/placement: where each collection's data lives.
struct CollectionPlacement {
  std::string collection;
  bool sharded = false;
  std::string shard;  // unsharded: the shard that holds it all
  std::int64_t chunks = 0;
  ShardCounts chunks_per_shard;
};
struct PlacementFacts {
  bool sharded = false;
  std::string note;
  std::string balancer;  // "running at any time", "stopped", "runs 23:00 to 6:00"; "" unknown
  std::vector<CollectionPlacement> collections;
};
std::optional<PlacementFacts> decode_placement(std::string_view body, std::string* error = nullptr);
// GET /admin/cluster/placement/{collection}/{id}: where one document lives.
struct DocumentLocation {
  std::optional<bool> sharded;  // null: the catalogue could not be read
  std::string shard;            // empty: one node holds everything
  std::string note;
  std::string chunk_min, chunk_max;  // JSON text of the chunk's bounds
  std::string credits_shard;         // a title's credits (sharded by movie_id)
};
std::optional<DocumentLocation> decode_location(std::string_view body,
                                                std::string* error = nullptr);
std::optional<ImportResult> decode_import_result(std::string_view body, std::string* error = nullptr);
// {"<key>": N} (POST /admin/movies/bulk-delete: would_delete or deleted).
std::optional<std::int64_t> decode_count(std::string_view body, std::string_view key,
                                         std::string* error = nullptr);
std::optional<domain::Page<domain::Person>> decode_person_page(std::string_view body,
                                                               std::string* error = nullptr);

std::optional<domain::Page<domain::Movie>> decode_movie_page(std::string_view body,
                                                             std::string* error = nullptr);
std::optional<MovieDetail> decode_movie_detail(std::string_view body, std::string* error = nullptr);
std::optional<InteractionSummary> decode_interaction_summary(std::string_view body,
                                                             std::string* error = nullptr);
std::optional<AuthResult> decode_auth(std::string_view body, std::string* error = nullptr);
std::optional<domain::User> decode_user(std::string_view body, std::string* error = nullptr);
std::optional<PersonDetail> decode_person_detail(std::string_view body,
                                                 std::string* error = nullptr);
std::optional<std::vector<Recommendation>> decode_recommendations(std::string_view body,
                                                                  std::string* error = nullptr);
std::optional<std::vector<domain::GenreCount>> decode_genres(std::string_view body,
                                                             std::string* error = nullptr);
std::optional<domain::Page<domain::Interaction>> decode_interaction_page(
    std::string_view body, std::string* error = nullptr);

// Request bodies.
std::string encode_credentials(std::string_view username, std::string_view password,
                               std::string_view display_name = {});
std::string encode_reaction(domain::Reaction reaction);

}  // namespace moviedb::client::net
