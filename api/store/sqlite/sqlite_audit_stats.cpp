#include <boost/json.hpp>

#include "domain/clock.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace moviedb::store::sqlite {

namespace json = boost::json;

namespace {

std::int64_t scalar(Connection& db, const std::string& sql) {
  auto& s = db.prepare(sql);
  s.step();
  const auto value = s.int64(0);
  s.reset();
  return value;
}

std::vector<domain::RankedMovie> ranked(Connection& db, const std::string& column) {
  std::vector<domain::RankedMovie> out;
  auto& rows = db.prepare("SELECT id, title, " + column + " FROM movies WHERE " + column +
                          " > 0 ORDER BY " + column + " DESC, rowid DESC LIMIT 10");
  while (rows.step()) out.push_back({rows.text(0), rows.text(1), rows.int64(2)});
  return out;
}

}  // namespace

void SqliteStore::append_audit(const domain::AuditEntry& e) {
  write([&](Connection& db) {
    db.prepare("INSERT INTO audit_log (at, actor_id, actor_username, action, collection, ids, "
               "summary) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
        .bind(1, std::string_view(e.at.empty() ? domain::now_iso() : e.at))
        .bind(2, std::string_view(e.actor_id))
        .bind(3, std::string_view(e.actor_username))
        .bind(4, std::string_view(e.action))
        .bind(5, std::string_view(e.collection))
        .bind(6, std::string_view(json::serialize(json::value_from(e.ids))))
        .bind(7, std::string_view(json::serialize(e.summary)))
        .run();
  });
}

domain::Page<domain::AuditEntry> SqliteStore::list_audit(const AuditQuery& q) {
  const std::string where =
      " WHERE (?1 = '' OR actor_id = ?1 OR actor_username = ?1) AND (?2 = '' OR action = ?2) AND "
      "(?3 = '' OR collection = ?3) AND (?4 = '' OR at >= ?4) AND (?5 = '' OR at < ?5)";
  auto bind = [&](Statement& s) {
    s.bind(1, std::string_view(q.actor)).bind(2, std::string_view(q.action));
    s.bind(3, std::string_view(q.collection)).bind(4, std::string_view(q.since));
    s.bind(5, std::string_view(q.until));
  };
  return read([&](Connection& db) {
    domain::Page<domain::AuditEntry> page{{}, q.page, q.page_size, 0};
    auto& rows = db.prepare(
        "SELECT id, at, actor_id, actor_username, action, collection, ids, summary FROM audit_log" +
        where + " ORDER BY id DESC LIMIT ?6 OFFSET ?7");
    bind(rows);
    rows.bind(6, q.page_size).bind(7, (q.page - 1) * q.page_size);
    while (rows.step()) {
      domain::AuditEntry e{rows.int64(0), rows.text(1), rows.text(2), rows.text(3),
                           rows.text(4),  rows.text(5), {},           {}};
      boost::system::error_code ec;
      auto ids = json::parse(rows.text(6), ec);
      if (!ec && ids.is_array()) e.ids = json::value_to<std::vector<std::string>>(ids);
      auto summary = json::parse(rows.text(7), ec);
      if (!ec && summary.is_object()) e.summary = summary.get_object();
      page.items.push_back(std::move(e));
    }
    auto& count = db.prepare("SELECT count(*) FROM audit_log" + where);
    bind(count);
    count.step();
    page.total = count.int64(0);
    return page;
  });
}

domain::Stats SqliteStore::stats() {
  const auto since = domain::iso_time(std::chrono::system_clock::now() - std::chrono::days(30));
  return read([&](Connection& db) {
    domain::Stats s;
    s.movies = scalar(db, "SELECT count(*) FROM movies WHERE type = 'MOVIE'");
    s.shows = scalar(db, "SELECT count(*) FROM movies WHERE type = 'SHOW'");
    s.people = scalar(db, "SELECT count(*) FROM person");
    s.users = scalar(db, "SELECT count(*) FROM users");
    s.interactions = scalar(db, "SELECT count(*) FROM user_interactions");
    s.likes = scalar(db, "SELECT coalesce(sum(likes), 0) FROM movies");
    s.dislikes = scalar(db, "SELECT coalesce(sum(dislikes), 0) FROM movies");
    s.watched = scalar(db, "SELECT coalesce(sum(watched), 0) FROM movies");
    s.views = scalar(db, "SELECT coalesce(sum(views), 0) FROM movies");
    s.top_liked = ranked(db, "likes");
    s.top_viewed = ranked(db, "views");
    auto& genres = db.prepare(
        "SELECT g.genre, sum(i.reaction = 'like'), sum(i.reaction = 'dislike') FROM "
        "user_interactions i JOIN movies m ON m.id = i.movie_id JOIN movie_genres g ON "
        "g.movie_rowid = m.rowid WHERE i.reaction IS NOT NULL GROUP BY g.genre "
        "ORDER BY count(*) DESC, g.genre LIMIT 20");
    while (genres.step()) {
      s.reactions_per_genre.push_back({genres.text(0), genres.int64(1), genres.int64(2)});
    }
    auto& days = db.prepare(
        "SELECT substr(updated_at, 1, 10) AS day, sum(reaction = 'like'), sum(reaction = "
        "'dislike'), sum(watched), sum(views > 0) FROM user_interactions WHERE updated_at >= ?1 "
        "GROUP BY day ORDER BY day");
    days.bind(1, std::string_view(since));
    while (days.step()) {
      s.activity.push_back({days.text(0), days.int64(1), days.int64(2), days.int64(3),
                            days.int64(4)});
    }
    return s;
  });
}

}  // namespace moviedb::store::sqlite
