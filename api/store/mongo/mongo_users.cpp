// Accounts and sessions: a user's own documents, always read from the primary
// (a login must find the session it just wrote; a rename must show at once).
// users and sessions stay unsharded: every query here is a single-shard read.
#include "domain/clock.hpp"
#include "domain/text.hpp"
#include "store/mongo/documents.hpp"
#include "store/mongo/mongo_store.hpp"
#include "store/mongo/movie_query.hpp"
#include "store/mongo/superadmin_guard.hpp"

namespace moviedb::store::mongo {

using domain::Role;

namespace {

// Under the guard: `id` is about to stop being an enabled superadmin.
void refuse_losing_last_superadmin(Unit& u, SuperadminGuard& admins, const std::string& id) {
  const auto target = u.find_one(coll::kUsers, Doc().str("_id", id));
  if (!target) return;
  const auto user = read_user(target->view()).user;
  if (user.role == Role::superadmin && !user.disabled && admins.enabled_superadmins() <= 1) {
    throw LastSuperadmin();
  }
}

}  // namespace

void MongoStore::insert_user(const UserRecord& record) {
  auto u = unit(Reads::primary);
  u.insert_one(coll::kUsers, user_document(record));  // username_key unique → StoreConflict
}

std::optional<UserRecord> MongoStore::find_user(const std::string& id) {
  auto u = unit(Reads::primary);
  auto doc = u.find_one(coll::kUsers, Doc().str("_id", id));
  if (!doc) return std::nullopt;
  return read_user(doc->view());
}

std::optional<UserRecord> MongoStore::find_user_by_name(const std::string& username) {
  auto u = unit(Reads::primary);
  auto doc = u.find_one(coll::kUsers, Doc().str("username_key", domain::ascii_lower(username)));
  if (!doc) return std::nullopt;
  return read_user(doc->view());
}

domain::Page<domain::User> MongoStore::list_users(const UserQuery& query) {
  domain::Page<domain::User> page{{}, query.page, query.page_size, 0};
  std::vector<Doc> conditions;
  if (!query.q.empty()) {
    // A literal prefix of the lower-case keys: the text is escaped, so '%',
    // '.*' or '(' match themselves.
    const auto pattern = literal_prefix_regex(domain::ascii_lower(query.q));
    std::vector<Doc> either;
    either.push_back(Doc().doc("username_key", Doc().str("$regex", pattern)));
    either.push_back(Doc().doc("display_name_key", Doc().str("$regex", pattern)));
    conditions.push_back(Doc().docs("$or", either));
  }
  if (query.role) conditions.push_back(Doc().str("role", domain::to_string(*query.role)));
  const auto filter = all_of(std::move(conditions));
  auto u = unit(Reads::primary);
  Doc options;
  options.doc("sort", Doc().i32("username_key", 1))
      .i64("skip", (query.page - 1) * query.page_size)
      .i64("limit", query.page_size);
  u.find(coll::kUsers, filter, std::move(options)).for_each([&](View doc) {
    page.items.push_back(read_user(doc).user);
  });
  page.total = u.count(coll::kUsers, filter);
  return page;
}

std::optional<domain::User> MongoStore::update_user(const std::string& id,
                                                    const UserPatch& patch) {
  Doc set;
  if (patch.display_name) {
    set.str("display_name", *patch.display_name)
        .str("display_name_key", domain::ascii_lower(*patch.display_name));
  }
  if (patch.role) set.str("role", domain::to_string(*patch.role));
  if (patch.disabled) set.boolean("disabled", *patch.disabled);
  if (patch.password_hash) set.str("password_hash", *patch.password_hash);
  set.str("updated_at", domain::now_iso());
  auto guard = locks_.hold(coll::kUsers, id);
  auto u = unit(Reads::primary);
  std::optional<SuperadminGuard> admins;
  if (patch.role || patch.disabled) {
    admins.emplace(u);
    const bool stays = patch.role.value_or(Role::superadmin) == Role::superadmin &&
                       !patch.disabled.value_or(false);
    if (!stays) refuse_losing_last_superadmin(u, *admins, id);
  }
  auto after = u.find_and_modify(coll::kUsers, Doc().str("_id", id), Doc().doc("$set", set), false,
                                 true);
  if (!after) return std::nullopt;
  return read_user(after->view()).user;
}

bool MongoStore::delete_user(const std::string& id) {
  auto u = unit(Reads::primary);
  SuperadminGuard admins(u);
  refuse_losing_last_superadmin(u, admins, id);
  u.delete_many(coll::kSessions, Doc().str("user_id", id));
  // Their reactions and watched marks leave the community counters too (views
  // stay, as in SQLite). Each interaction is removed atomically and its state
  // at removal is what is taken back, so a concurrent change cannot be lost
  // or counted twice. Targeted: user_id prefixes the interactions' shard key.
  std::vector<std::string> movies;
  Doc options;
  options.doc("projection", Doc().i32("movie_id", 1));
  u.find(coll::kInteractions, Doc().str("user_id", id), std::move(options))
      .for_each([&](View doc) { movies.push_back(doc.str("movie_id")); });
  for (const auto& movie_id : movies) {
    std::optional<Doc> removed;
    {
      auto guard = locks_.hold(coll::kInteractions, id + '\x1f' + movie_id);
      removed = u.find_and_remove(coll::kInteractions, interaction_filter(id, movie_id));
    }
    if (!removed) continue;
    const auto state = read_interaction(removed->view());
    Doc inc;
    if (state.reaction == domain::Reaction::like) inc.i64("likes", -1);
    if (state.reaction == domain::Reaction::dislike) inc.i64("dislikes", -1);
    if (state.watched) inc.i64("watched", -1);
    if (inc.empty()) continue;
    auto guard = locks_.hold(coll::kMovies, movie_id);
    u.update_one(coll::kMovies, Doc().str("_id", movie_id), Doc().doc("$inc", inc), false);
  }
  return u.delete_one(coll::kUsers, Doc().str("_id", id)) > 0;
}

std::int64_t MongoStore::count_users(std::optional<Role> role, bool enabled_only) {
  Doc filter;
  if (role) filter.str("role", domain::to_string(*role));
  if (enabled_only) filter.boolean("disabled", false);
  // From the primary: "is this the last superadmin?" must not be stale.
  auto u = unit(Reads::primary);
  return u.count(coll::kUsers, filter);
}

void MongoStore::insert_session(const SessionRecord& session) {
  auto u = unit(Reads::primary);
  if (!features_.ttl_indexes) {
    // No TTL monitor on this server: clear expired logins here, as SQLite does.
    u.delete_many(coll::kSessions,
                  Doc().doc("expires_at", Doc().date("$lt", std::chrono::system_clock::now())));
  }
  Doc doc;
  doc.str("_id", session.id).str("user_id", session.user_id);
  if (auto at = parse_iso_ms(session.expires_at)) {
    doc.date_ms("expires_at", *at);  // what the TTL index reads
  }
  doc.str("expires_at_iso", session.expires_at);
  u.insert_one(coll::kSessions, doc);
}

std::optional<SessionRecord> MongoStore::find_session(const std::string& id) {
  auto u = unit(Reads::primary);
  auto doc = u.find_one(coll::kSessions, Doc().str("_id", id));
  if (!doc) return std::nullopt;
  const auto view = doc->view();
  return SessionRecord{view.str("_id"), view.str("user_id"), view.str("expires_at_iso")};
}

void MongoStore::delete_session(const std::string& id) {
  auto u = unit(Reads::primary);
  u.delete_one(coll::kSessions, Doc().str("_id", id));
}

void MongoStore::delete_sessions_of(const std::string& user_id) {
  auto u = unit(Reads::primary);
  u.delete_many(coll::kSessions, Doc().str("user_id", user_id));
}

}  // namespace moviedb::store::mongo
