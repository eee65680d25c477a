#include "domain/clock.hpp"
#include "domain/text.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace moviedb::store::sqlite {

using domain::Role;

namespace {

constexpr const char* kUserColumns =
    "id, username, display_name, role, disabled, created_at, updated_at, password_hash";

UserRecord read_user(const Statement& row) {
  UserRecord record;
  record.user = {row.text(0),       row.text(1),
                 row.text(2),       domain::parse_role(row.text(3)).value_or(Role::user),
                 row.int64(4) != 0, row.text(5),
                 row.text(6)};
  record.password_hash = row.text(7);
  return record;
}

std::optional<UserRecord> user_where(Connection& db, const std::string& condition,
                                     const std::string& value) {
  auto& row = db.prepare(std::string("SELECT ") + kUserColumns + " FROM users WHERE " + condition);
  if (!row.bind(1, std::string_view(value)).step()) return std::nullopt;
  auto user = read_user(row);
  row.reset();
  return user;
}

}  // namespace

void SqliteStore::insert_user(const UserRecord& record) {
  write([&](Connection& db) {
    const auto& u = record.user;
    db.prepare(
          "INSERT INTO users (id, username, username_key, display_name, password_hash, role, "
          "disabled, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)")
        .bind(1, std::string_view(u.id))
        .bind(2, std::string_view(u.username))
        .bind(3, std::string_view(domain::ascii_lower(u.username)))
        .bind(4, std::string_view(u.display_name))
        .bind(5, std::string_view(record.password_hash))
        .bind(6, domain::to_string(u.role))
        .bind(7, u.disabled)
        .bind(8, std::string_view(u.created_at))
        .run();
  });
}

std::optional<UserRecord> SqliteStore::find_user(const std::string& id) {
  return read([&](Connection& db) { return user_where(db, "id = ?1", id); });
}

std::optional<UserRecord> SqliteStore::find_user_by_name(const std::string& username) {
  return read([&](Connection& db) {
    return user_where(db, "username_key = ?1", domain::ascii_lower(username));
  });
}

domain::Page<domain::User> SqliteStore::list_users(const UserQuery& query) {
  const std::string where =
      " WHERE (?1 = '' OR username_key LIKE ?1 || '%' ESCAPE '\\' OR display_name LIKE ?1 || '%' "
      "ESCAPE '\\') AND (?2 = '' OR role = ?2)";
  std::string prefix;
  for (char c : domain::ascii_lower(query.q)) {  // LIKE wildcards in input are literal
    if (c == '%' || c == '_' || c == '\\') prefix.push_back('\\');
    prefix.push_back(c);
  }
  const std::string role = query.role ? std::string(domain::to_string(*query.role)) : "";
  return read([&](Connection& db) {
    domain::Page<domain::User> page{{}, query.page, query.page_size, 0};
    auto& rows = db.prepare(std::string("SELECT ") + kUserColumns + " FROM users" + where +
                            " ORDER BY username_key LIMIT ?3 OFFSET ?4");
    rows.bind(1, std::string_view(prefix)).bind(2, std::string_view(role));
    rows.bind(3, query.page_size).bind(4, (query.page - 1) * query.page_size);
    while (rows.step()) page.items.push_back(read_user(rows).user);
    auto& count = db.prepare("SELECT count(*) FROM users" + where);
    count.bind(1, std::string_view(prefix)).bind(2, std::string_view(role)).step();
    page.total = count.int64(0);
    return page;
  });
}

namespace {

std::int64_t enabled_superadmins(Connection& db) {
  auto& count =
      db.prepare("SELECT count(*) FROM users WHERE role = 'superadmin' AND disabled = 0");
  count.step();
  const auto n = count.int64(0);
  count.reset();
  return n;
}

// Called inside the write transaction after a change: throwing rolls it back.
void keep_a_superadmin(Connection& db, std::int64_t before) {
  if (before > 0 && enabled_superadmins(db) == 0) throw LastSuperadmin();
}

}  // namespace

std::optional<domain::User> SqliteStore::update_user(const std::string& id,
                                                     const UserPatch& patch) {
  return write([&](Connection& db) -> std::optional<domain::User> {
    const auto before = enabled_superadmins(db);
    auto& update = db.prepare(
        "UPDATE users SET display_name = coalesce(?2, display_name), role = coalesce(?3, role), "
        "disabled = coalesce(?4, disabled), password_hash = coalesce(?5, password_hash), "
        "updated_at = ?6 WHERE id = ?1");
    update.bind(1, std::string_view(id)).bind(2, patch.display_name);
    if (patch.role) {
      update.bind(3, domain::to_string(*patch.role));
    }
    update.bind(4, patch.disabled).bind(5, patch.password_hash);
    update.bind(6, std::string_view(domain::now_iso()));
    if (!update.run()) return std::nullopt;
    // In the writer's transaction: a failed check rolls the change back.
    if (patch.role || patch.disabled) keep_a_superadmin(db, before);
    return user_where(db, "id = ?1", id)->user;
  });
}

bool SqliteStore::delete_user(const std::string& id) {
  return write_counters([&](Connection& db) {
    const auto before = enabled_superadmins(db);
    const std::string_view key(id);
    db.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(1, key).run();
    // Their reactions leave the community counters too.
    db.prepare(
          "UPDATE movies SET likes = likes - (SELECT count(*) FROM user_interactions i WHERE "
          "i.movie_id = movies.id AND i.user_id = ?1 AND i.reaction = 'like'), dislikes = dislikes "
          "- (SELECT count(*) FROM user_interactions i WHERE i.movie_id = movies.id AND i.user_id "
          "= ?1 AND i.reaction = 'dislike'), watched = watched - (SELECT count(*) FROM "
          "user_interactions i WHERE i.movie_id = movies.id AND i.user_id = ?1 AND i.watched = 1) "
          "WHERE id IN (SELECT movie_id FROM user_interactions WHERE user_id = ?1)")
        .bind(1, key)
        .run();
    db.prepare("DELETE FROM user_interactions WHERE user_id = ?1").bind(1, key).run();
    const bool deleted = db.prepare("DELETE FROM users WHERE id = ?1").bind(1, key).run() > 0;
    keep_a_superadmin(db, before);
    return deleted;
  });
}

std::int64_t SqliteStore::count_users(std::optional<Role> role, bool enabled_only) {
  return read([&](Connection& db) {
    auto& count = db.prepare(
        "SELECT count(*) FROM users WHERE (?1 = '' OR role = ?1) AND (?2 = 0 OR disabled = 0)");
    count.bind(1, role ? domain::to_string(*role) : std::string_view()).bind(2, enabled_only);
    count.step();
    return count.int64(0);
  });
}

void SqliteStore::insert_session(const SessionRecord& session) {
  write([&](Connection& db) {
    // Opportunistic clean-up keeps the table from growing with expired logins.
    db.prepare("DELETE FROM sessions WHERE expires_at < ?1")
        .bind(1, std::string_view(domain::now_iso()))
        .run();
    db.prepare("INSERT INTO sessions (id, user_id, expires_at) VALUES (?1, ?2, ?3)")
        .bind(1, std::string_view(session.id))
        .bind(2, std::string_view(session.user_id))
        .bind(3, std::string_view(session.expires_at))
        .run();
  });
}

std::optional<SessionRecord> SqliteStore::find_session(const std::string& id) {
  return read([&](Connection& db) -> std::optional<SessionRecord> {
    auto& row = db.prepare("SELECT id, user_id, expires_at FROM sessions WHERE id = ?1");
    if (!row.bind(1, std::string_view(id)).step()) return std::nullopt;
    return SessionRecord{row.text(0), row.text(1), row.text(2)};
  });
}

void SqliteStore::delete_session(const std::string& id) {
  write([&](Connection& db) {
    db.prepare("DELETE FROM sessions WHERE id = ?1").bind(1, std::string_view(id)).run();
  });
}

void SqliteStore::delete_sessions_of(const std::string& user_id) {
  write([&](Connection& db) {
    db.prepare("DELETE FROM sessions WHERE user_id = ?1").bind(1, std::string_view(user_id)).run();
  });
}

}  // namespace moviedb::store::sqlite
