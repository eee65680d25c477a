#pragma once
// Admin mode: the movies table (server-side sort, filter, paging,
// multi-select), the create/edit form (credits included) with the server's
// per-field messages and optimistic-concurrency conflicts, and delete with
// confirmation; the other screens' state lives in the admin_*.hpp next to it.
// Plain data plus transitions, compiled natively.
#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/audit.hpp"
#include "domain/field_error.hpp"
#include "domain/movie.hpp"
#include "domain/movie_query.hpp"
#include "domain/stats.hpp"
#include "domain/user.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"
#include "state/admin_browse.hpp"
#include "state/admin_bulk.hpp"
#include "state/admin_import.hpp"
#include "state/browse.hpp"
#include "state/load.hpp"
#include "state/placement.hpp"
#include "state/session.hpp"

namespace moviedb::client {

// Whether the signed-in account may open the admin workspace.
bool is_admin(const Session& session);
bool is_superadmin(const Session& session);

struct AdminMoviesState {
  static constexpr std::int64_t kPageSize = 25;
  LoadState load;
  domain::MovieQuery query;  // filters and sort (page_size fixed, page below)
  std::int64_t page = 1;
  std::vector<domain::Movie> items;
  std::int64_t total = 0;
  bool total_exact = true;         // false: more than `total` match
  std::set<std::string> selected;  // ids ticked in the table
  std::int64_t pages() const { return total <= 0 ? 1 : (total + kPageSize - 1) / kPageSize; }
  // Past a count that stopped lies one more page at least: the next one.
  std::int64_t last_page() const { return total_exact ? pages() : pages() + 1; }
  bool has_next() const { return page < last_page(); }
};

// One credit as the form edits it; person_id is kept for credits that came
// from the server ("" lets the server derive it from the name).
struct CreditRow {
  std::string person_id;
  std::string name;
  std::string role = "ACTOR";
  std::string character;
  bool operator==(const CreditRow&) const = default;
};

// The editable fields of a movie, as the form holds them (text).
struct MovieFormFields {
  std::string title;
  std::string type = "MOVIE";
  std::string description;
  std::string release_year;
  std::string runtime;
  std::string age_certification;
  std::string genres;  // comma-separated
  std::string production_countries;  // comma-separated
  std::string imdb_score;
  std::vector<CreditRow> credits;
  bool operator==(const MovieFormFields&) const = default;
};

enum class FormPhase { closed, editing, saving };

struct MovieFormState {
  FormPhase phase = FormPhase::closed;
  std::string id;               // "" creates
  std::int64_t version = 0;     // the version the edit started from
  MovieFormFields fields;       // as loaded (the view keeps its own edits)
  std::vector<CreditRow> server_credits;  // as last loaded: saves send credits only if changed
  std::uint64_t loaded = 0;     // grows each time `fields` is replaced: the view re-reads them
  std::string error;            // the server's message for the last attempt
  std::vector<domain::FieldError> field_errors;
  bool conflict = false;        // 409 stale_version: someone saved meanwhile
  bool open() const { return phase != FormPhase::closed; }
  std::string field_error(std::string_view field) const;
};

struct DeleteState {
  std::string id;     // the title awaiting confirmation ("" none)
  std::string title;
  bool busy = false;
};

// Accounts: list/search, create, change role, disable, reset password, delete.
// The server enforces the role rules; its refusals (403/409) are shown as sent.
struct UsersState {
  LoadState load;
  std::string q;
  std::vector<domain::User> items;
  std::int64_t total = 0;
  bool creating = false;
  std::string create_error;                     // the server's message for the last create
  std::vector<domain::FieldError> create_field_errors;
  std::uint64_t created = 0;                    // grows per account created (the form clears)
  std::string message;                          // the server's refusal of the last change
  std::string pending_delete;                   // id awaiting confirmation
  std::string busy_id;                          // a change in flight for this account
};

// A PATCH /admin/users/{id} body: only the members set are sent.
struct UserChange {
  std::optional<std::string> role;
  std::optional<bool> disabled;
  std::optional<std::string> password;
  std::optional<std::string> display_name;
  bool operator==(const UserChange&) const = default;
};
std::string encode_user_change(const UserChange& change);
std::string encode_new_user(std::string_view username, std::string_view password,
                            std::string_view role, std::string_view display_name);

// Dashboard, cluster and audit log: read-only screens refreshed on demand.
struct StatsState {
  LoadState load;
  domain::Stats stats;
};

// GET /admin/cluster, kept as what the screen lists: the store's facts, its
// collections' counts, and for MongoDB one row per shard / replica-set member.
struct ClusterRow {
  std::string group;  // "shards", "members", "balancer", …
  std::string text;   // its fields as "key: value · …"
};
struct ClusterInfo {
  std::string adapter;
  std::string server_version;
  std::string path;
  std::vector<std::pair<std::string, std::int64_t>> collections;
  std::vector<ClusterRow> rows;
  std::vector<std::string> notes;
  std::vector<net::UnavailableFact> unavailable;
  std::vector<std::pair<std::string, net::ShardCounts>> documents_per_shard;
};
struct ClusterState {
  LoadState load;
  ClusterInfo info;
};
struct AuditFilter {
  std::string actor;
  std::string action;
  std::string collection;
  std::string since;  // ISO 8601 date or date-time, inclusive
  std::string until;
  bool operator==(const AuditFilter&) const = default;
};
struct AuditState {
  static constexpr std::int64_t kPageSize = 100;
  LoadState load;
  AuditFilter filter;
  std::vector<domain::AuditEntry> items;
  std::int64_t total = 0;
};
net::Query audit_params(const AuditFilter& filter);

struct AdminState {
  AdminMoviesState movies;
  ExportState export_file;
  BulkDeleteState bulk_delete;
  ImportState import;
  PeopleState people;
  ActivityState activity;
  UsersState users;
  StatsState stats;
  ClusterState cluster;
  PlacementState placement;
  AuditState audit;
  MovieFormState form;
  DeleteState pending_delete;
};

MovieFormFields form_fields(const domain::Movie& movie,
                            const std::vector<domain::Credit>& credits = {});
// The JSON body for POST /movies or PATCH /movies/{id} (with `version` when
// editing). Text that is not a number is sent as a string so the server
// names the field; empty numbers are null; lists are split on commas.
// `credits` replace the title's credits only when `with_credits`.
std::string encode_movie_form(const MovieFormFields& fields, std::optional<std::int64_t> version,
                              bool with_credits = false);
// GET /movies query for the admin table.
net::Query admin_movies_params(const AdminMoviesState& state);

}  // namespace moviedb::client
