#include <array>
#include <cstdint>
#include <string>

#include "domain/clock.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace moviedb::store::sqlite {

using domain::Interaction;
using domain::Reaction;

namespace {

constexpr const char* kInteractionColumns =
    "i.user_id, i.movie_id, i.reaction, i.watched, i.watched_at, i.views, i.last_viewed_at, "
    "i.created_at, i.updated_at";

Interaction read_interaction(const Statement& row) {
  Interaction i;
  i.user_id = row.text(0);
  i.movie_id = row.text(1);
  i.reaction = domain::parse_reaction(row.text(2));
  i.watched = row.int64(3) != 0;
  i.watched_at = row.text(4);
  i.views = row.int64(5);
  i.last_viewed_at = row.text(6);
  i.created_at = row.text(7);
  i.updated_at = row.text(8);
  return i;
}

std::optional<Interaction> interaction_of(Connection& db, const std::string& user_id,
                                          const std::string& movie_id) {
  auto& row = db.prepare(std::string("SELECT ") + kInteractionColumns +
                         " FROM user_interactions i WHERE i.user_id = ?1 AND i.movie_id = ?2");
  if (!row.bind(1, std::string_view(user_id)).bind(2, std::string_view(movie_id)).step()) {
    return std::nullopt;
  }
  auto interaction = read_interaction(row);
  row.reset();
  return interaction;
}

// Adds `deltas` to the title's likes, dislikes, watched and views, and steps
// to the row holding all four. Only the counters that move are named in the
// SET: SQLite rewrites the index of every column a SET names, changed or not,
// and each counter has a sort index (a reaction then touches one or two of
// the four, not all). A statement per combination, each prepared once.
Statement& move_counters(Connection& db, const std::string& movie_id,
                         const std::array<std::int64_t, 4>& deltas) {
  static constexpr std::array<const char*, 4> kColumns{"likes", "dislikes", "watched", "views"};
  std::string moved;
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (deltas[i] == 0) continue;
    if (!moved.empty()) moved += ", ";
    moved += std::string(kColumns[i]) + " = " + kColumns[i] + " + ?" + std::to_string(i + 2);
  }
  auto& counters = db.prepare(
      moved.empty()  // a repeated like: nothing to write
          ? std::string("SELECT likes, dislikes, watched, views FROM movies WHERE id = ?1")
          : "UPDATE movies SET " + moved +
                " WHERE id = ?1 RETURNING likes, dislikes, watched, views");
  counters.bind(1, std::string_view(movie_id));
  for (std::size_t i = 0; i < kColumns.size(); ++i) {
    if (deltas[i] != 0) counters.bind(static_cast<int>(i) + 2, deltas[i]);
  }
  counters.step();
  return counters;
}

// The whole read-modify-write runs inside the single writer's transaction, so
// the counters move by exactly the change in this user's state.
std::optional<InteractionResult> change(Connection& db, const std::string& user_id,
                                        const std::string& movie_id,
                                        const std::function<void(Interaction&)>& mutate) {
  auto& movie = db.prepare("SELECT 1 FROM movies WHERE id = ?1");
  if (!movie.bind(1, std::string_view(movie_id)).step()) return std::nullopt;
  movie.reset();
  const auto now = domain::now_iso();
  const auto before = interaction_of(db, user_id, movie_id);
  Interaction after =
      before.value_or(Interaction{user_id, movie_id, {}, false, "", 0, "", now, now, "", ""});
  mutate(after);
  after.updated_at = now;
  db.prepare(
        "INSERT INTO user_interactions (user_id, movie_id, reaction, watched, watched_at, views, "
        "last_viewed_at, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(user_id, movie_id) DO UPDATE SET reaction = excluded.reaction, watched = "
        "excluded.watched, watched_at = excluded.watched_at, views = excluded.views, "
        "last_viewed_at = excluded.last_viewed_at, updated_at = excluded.updated_at")
      .bind(1, std::string_view(user_id))
      .bind(2, std::string_view(movie_id))
      .bind(3, after.reaction ? std::optional(domain::to_string(*after.reaction)) : std::nullopt)
      .bind(4, after.watched)
      .bind(5, std::string_view(after.watched_at))
      .bind(6, after.views)
      .bind(7, std::string_view(after.last_viewed_at))
      .bind(8, std::string_view(after.created_at))
      .bind(9, std::string_view(after.updated_at))
      .run();
  auto is = [](const std::optional<Interaction>& i, Reaction r) {
    return i && i->reaction == r ? 1 : 0;
  };
  const std::optional<Interaction> now_state = after;
  auto& counters = move_counters(db, movie_id,
                                 {is(now_state, Reaction::like) - is(before, Reaction::like),
                                  is(now_state, Reaction::dislike) - is(before, Reaction::dislike),
                                  int(after.watched) - int(before && before->watched),
                                  after.views - (before ? before->views : 0)});
  InteractionResult result{after, counters.int64(0), counters.int64(1), counters.int64(2),
                           counters.int64(3)};
  counters.reset();
  return result;
}

}  // namespace

std::optional<Interaction> SqliteStore::find_interaction(const std::string& user_id,
                                                         const std::string& movie_id) {
  return read([&](Connection& db) { return interaction_of(db, user_id, movie_id); });
}

std::optional<InteractionResult> SqliteStore::set_reaction(const std::string& user_id,
                                                           const std::string& movie_id,
                                                           std::optional<Reaction> reaction) {
  return write_counters([&](Connection& db) {
    return change(db, user_id, movie_id, [&](Interaction& i) { i.reaction = reaction; });
  });
}

std::optional<InteractionResult> SqliteStore::set_watched(const std::string& user_id,
                                                          const std::string& movie_id,
                                                          bool watched) {
  return write_counters([&](Connection& db) {
    return change(db, user_id, movie_id, [&](Interaction& i) {
      if (watched && !i.watched) i.watched_at = domain::now_iso();
      if (!watched) i.watched_at.clear();
      i.watched = watched;
    });
  });
}

std::optional<InteractionResult> SqliteStore::record_view(const std::string& user_id,
                                                          const std::string& movie_id) {
  return write_counters([&](Connection& db) {
    return change(db, user_id, movie_id, [&](Interaction& i) {
      ++i.views;
      i.last_viewed_at = domain::now_iso();
    });
  });
}

domain::Page<Interaction> SqliteStore::list_interactions(const InteractionQuery& q) {
  const std::string where =
      " WHERE (?1 = '' OR i.user_id = ?1) AND (?2 = '' OR i.movie_id = ?2) AND (?3 = '' OR "
      "i.reaction = ?3) AND (?4 < 0 OR i.watched = ?4) AND (?5 = 0 OR i.views > 0) AND (?6 = '' "
      "OR i.updated_at >= ?6) AND (?7 = '' OR i.updated_at < ?7)"
      " AND (i.reaction IS NOT NULL OR i.watched = 1 OR i.views > 0)";
  auto bind = [&](Statement& s) {
    s.bind(1, std::string_view(q.user_id)).bind(2, std::string_view(q.movie_id));
    s.bind(3, q.reaction ? domain::to_string(*q.reaction) : std::string_view());
    s.bind(4, std::int64_t{q.watched ? int(*q.watched) : -1}).bind(5, q.viewed_only);
    s.bind(6, std::string_view(q.since)).bind(7, std::string_view(q.until));
  };
  return read([&](Connection& db) {
    domain::Page<Interaction> page{{}, q.page, q.page_size, 0};
    auto& rows = db.prepare(std::string("SELECT ") + kInteractionColumns +
                            ", m.title, u.username FROM user_interactions i LEFT JOIN movies m ON "
                            "m.id = i.movie_id LEFT JOIN users u ON u.id = i.user_id" +
                            where + " ORDER BY i.updated_at DESC LIMIT ?8 OFFSET ?9");
    bind(rows);
    rows.bind(8, q.page_size).bind(9, (q.page - 1) * q.page_size);
    while (rows.step()) {
      auto interaction = read_interaction(rows);
      interaction.movie_title = rows.text(9);
      interaction.username = rows.text(10);
      page.items.push_back(std::move(interaction));
    }
    auto& count = db.prepare("SELECT count(*) FROM user_interactions i" + where);
    bind(count);
    count.step();
    page.total = count.int64(0);
    return page;
  });
}

}  // namespace moviedb::store::sqlite
