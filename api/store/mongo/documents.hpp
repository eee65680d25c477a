#pragma once
// How the domain types are laid out as BSON documents, and back.
//
// movies             {_id, <every field of domain::movie_fields() but id>,
//                     title_key (ASCII-lower title, the title sort), title_words,
//                     title_prefixes (search), seq (insertion order)}
// person             {_id, name, name_key, name_words, name_prefixes, seq}
// credits            {_id (credit_id), movie_id, person_id, name, character, role,
//                     role_rank, seq}
// users              {_id, username, username_key, display_name, display_name_key,
//                     password_hash, role, disabled, created_at, updated_at}
// sessions           {_id, user_id, expires_at (BSON date, TTL), expires_at_iso}
// user_interactions  {_id (interaction_id), user_id, movie_id, reaction, watched,
//                     watched_at, views,
//                     viewed, last_viewed_at, created_at, updated_at,
//                     updated_day, v (compare-and-set version), seq}
// audit_log          {_id (from counters.audit_log), at, actor_id, actor_username,
//                     action, collection, ids, summary (JSON text)}
// counters           {_id: name, seq}
// Absent optional numbers are stored as null, so every document has every field.
#include <boost/json/value.hpp>
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "domain/audit.hpp"
#include "domain/interaction.hpp"
#include "domain/movie.hpp"
#include "domain/people.hpp"
#include "store/mongo/bson.hpp"
#include "store/records.hpp"

namespace moviedb::store::mongo {

namespace coll {
inline constexpr const char* kMovies = "movies";
inline constexpr const char* kPerson = "person";
inline constexpr const char* kCredits = "credits";
inline constexpr const char* kUsers = "users";
inline constexpr const char* kSessions = "sessions";
inline constexpr const char* kInteractions = "user_interactions";
inline constexpr const char* kAudit = "audit_log";
inline constexpr const char* kCounters = "counters";
// The collections the cluster views report on (counters is bookkeeping).
inline constexpr const char* kReported[] = {kMovies,   kPerson,       kCredits, kUsers,
                                            kSessions, kInteractions, kAudit};
}  // namespace coll

// A document as JSON (relaxed extended JSON, so NumberLong reads as a
// number and MinKey as {"$minKey": 1}); null if it does not parse.
boost::json::value json_of(View doc);

// Search keys of a text: its words (domain::search_words) and every prefix of
// each word up to kMaxPrefixBytes, cut only between UTF-8 characters.
inline constexpr std::size_t kMaxPrefixBytes = 20;
struct SearchKeys {
  std::vector<std::string> words;
  std::vector<std::string> prefixes;
};
SearchKeys search_keys(std::string_view text);
// The longest stored prefix of `word` (itself when short enough).
std::string indexed_prefix(const std::string& word);

// The editable fields, derived keys and updated_at: the body of a $set.
Doc movie_editable(const domain::Movie& movie, const std::string& now);
// A whole new movie document (counters 0, version 1, created_at = now).
Doc movie_document(const domain::Movie& movie, const std::string& now, std::int64_t seq);
domain::Movie read_movie(View doc);
// The document field a MovieQuery sort names ("id" → "_id", "title" → "title_key").
std::string movie_sort_key(const std::string& field);
// Sortable fields that may be null (SQLite sorts them last when ascending).
bool movie_field_nullable(const std::string& field);

// Keys made of the fields that identify the document, length-prefixed so no
// value can imitate another: a credit's (movie, person, role, character) and
// an interaction's (user, movie). Equal keys mean equal shard keys, so _id
// stays unique across shards too.
std::string credit_id(const domain::Credit& credit);
std::string interaction_id(const std::string& user_id, const std::string& movie_id);

Doc person_update(const domain::Credit& credit, std::int64_t seq);
Doc credit_document(const domain::Credit& credit, std::int64_t seq);
domain::Credit read_credit(View doc);

Doc user_document(const UserRecord& record);
UserRecord read_user(View doc);

domain::Interaction read_interaction(View doc);
// The $set body of an interaction's full state.
Doc interaction_state(const domain::Interaction& interaction);

Doc audit_document(const domain::AuditEntry& entry, std::int64_t id);
domain::AuditEntry read_audit(View doc);

// "2024-05-01T10:00:00.000Z" → milliseconds since the epoch (in 64 bits, so
// far-future expiries do not overflow a nanosecond clock); nullopt when not
// that shape.
std::optional<std::int64_t> parse_iso_ms(const std::string& text);

// "^" + text with every ASCII punctuation escaped: user text as a literal
// anchored prefix, never as regular-expression syntax.
std::string literal_prefix_regex(std::string_view text);

}  // namespace moviedb::store::mongo
