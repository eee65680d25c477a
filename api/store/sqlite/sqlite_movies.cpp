#include <algorithm>
#include <boost/json.hpp>
#include <utility>

#include "domain/clock.hpp"
#include "store/sqlite/movie_rows.hpp"
#include "store/sqlite/movie_search.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace moviedb::store::sqlite {

using domain::Movie;

namespace {

std::optional<Movie> movie_by_id(Connection& db, const std::string& id) {
  static const std::string sql =
      "SELECT " + movie_select_columns() + " FROM movies m WHERE m.id = ?1";
  auto& row = db.prepare(sql);
  row.bind(1, std::string_view(id));
  if (!row.step()) return std::nullopt;
  auto movie = read_movie(row);
  row.reset();
  return movie;
}

// Directors first, then in the order they were credited. Sorted here: for
// a handful of rows SQLite's sorter costs more than the lookups.
std::vector<domain::Credit> credits_in(Connection& db, const std::string& movie_id) {
  auto& rows = db.prepare(
      "SELECT seq, movie_id, person_id, name, character, role FROM credits WHERE movie_id = ?1");
  rows.bind(1, std::string_view(movie_id));
  std::vector<std::pair<std::int64_t, domain::Credit>> found;
  while (rows.step()) {
    domain::Credit credit;
    credit.movie_id = rows.text(1);
    credit.person_id = rows.text(2);
    credit.name = rows.text(3);
    credit.character = rows.text(4);
    credit.role = rows.text(5);
    found.emplace_back(rows.int64(0), std::move(credit));
  }
  const auto rank = [](const auto& entry) {
    return std::pair(entry.second.role != "DIRECTOR", entry.first);
  };
  std::sort(found.begin(), found.end(),
            [&](const auto& a, const auto& b) { return rank(a) < rank(b); });
  std::vector<domain::Credit> credits;
  credits.reserve(found.size());
  for (auto& entry : found) credits.push_back(std::move(entry.second));
  return credits;
}

void index_person_name(Connection& db, std::int64_t rowid, std::string_view name) {
  db.prepare("INSERT INTO person_fts(rowid, name) VALUES (?1, ?2)")
      .bind(1, rowid)
      .bind(2, name)
      .run();
}

// Writes the person and their name's word index entries by hand: an FTS
// trigger makes each insert a statement savepoint, and FTS5 flushes its
// pending index at every one (a third of an import's time).
void upsert_person(Connection& db, const std::string& id, const std::string& name) {
  auto& found = db.prepare("SELECT rowid, name FROM person WHERE id = ?1");
  if (!found.bind(1, std::string_view(id)).step()) {
    found.reset();
    db.prepare("INSERT INTO person (id, name) VALUES (?1, ?2)")
        .bind(1, std::string_view(id))
        .bind(2, std::string_view(name))
        .run();
    index_person_name(db, db.last_insert_rowid(), name);
    return;
  }
  const auto rowid = found.int64(0);
  const auto old_name = found.text(1);
  found.reset();
  if (old_name == name) return;
  db.prepare("UPDATE person SET name = ?2 WHERE rowid = ?1")
      .bind(1, rowid)
      .bind(2, std::string_view(name))
      .run();
  db.prepare("INSERT INTO person_fts(person_fts, rowid, name) VALUES ('delete', ?1, ?2)")
      .bind(1, rowid)
      .bind(2, std::string_view(old_name))
      .run();
  index_person_name(db, rowid, name);
}

// Stores the credit and its person unless present; true when the credit is new.
// It goes after the title's other credits (the few rows of one leaf).
bool insert_credit(Connection& db, const domain::Credit& c) {
  upsert_person(db, c.person_id, c.name);
  return db.prepare(
               "INSERT OR IGNORE INTO credits (movie_id, person_id, name, character, role, seq) "
               "VALUES (?1, ?2, ?3, ?4, ?5, "
               "(SELECT coalesce(max(seq), 0) + 1 FROM credits WHERE movie_id = ?1))")
             .bind(1, std::string_view(c.movie_id))
             .bind(2, std::string_view(c.person_id))
             .bind(3, std::string_view(c.name))
             .bind(4, std::string_view(c.character))
             .bind(5, std::string_view(c.role))
             .run() > 0;
}

// `replace`: the movie may have credits already (a new one has none).
void write_credits(Connection& db, const std::string& movie_id,
                   const std::vector<domain::Credit>& credits, bool replace = true) {
  if (replace) {
    db.prepare("DELETE FROM credits WHERE movie_id = ?1").bind(1, std::string_view(movie_id)).run();
  }
  for (auto credit : credits) {
    credit.movie_id = movie_id;
    insert_credit(db, credit);
  }
}

bool movie_exists(Connection& db, const std::string& id) {
  auto& exists = db.prepare("SELECT 1 FROM movies WHERE id = ?1");
  const bool found = exists.bind(1, std::string_view(id)).step();
  exists.reset();
  return found;
}

}  // namespace

std::optional<Movie> SqliteStore::find_movie(const std::string& id) {
  return read([&](Connection& db) { return movie_by_id(db, id); });
}

std::optional<MovieDetail> SqliteStore::find_movie_detail(const std::string& id) {
  return read([&](Connection& db) -> std::optional<MovieDetail> {
    auto movie = movie_by_id(db, id);
    if (!movie) return std::nullopt;
    return MovieDetail{std::move(*movie), credits_in(db, id)};
  });
}

std::vector<Movie> SqliteStore::find_movies(const std::vector<std::string>& ids) {
  return read([&](Connection& db) {
    std::vector<Movie> movies;
    for (const auto& id : ids) {
      if (auto movie = movie_by_id(db, id)) movies.push_back(std::move(*movie));
    }
    return movies;
  });
}

std::vector<std::string> SqliteStore::movie_ids(const domain::MovieQuery& query,
                                                std::int64_t limit) {
  const auto filter = movie_filter(query);
  return read([&](Connection& db) {
    auto& rows = db.prepare("SELECT m.id FROM movies m" + filter.where + movie_order(query.sort) +
                            " LIMIT ?" + std::to_string(filter.params.size() + 1));
    filter.bind_all(rows);
    rows.bind(static_cast<int>(filter.params.size()) + 1, limit);
    std::vector<std::string> ids;
    while (rows.step()) ids.push_back(rows.text(0));
    return ids;
  });
}

Movie SqliteStore::insert_movie(const Movie& movie) {
  return write_movies([&](Connection& db) {
    insert_movie_row(db, movie, domain::now_iso());  // UNIQUE(id) → StoreConflict
    return *movie_by_id(db, movie.id);
  });
}

std::optional<Movie> SqliteStore::update_movie(const Movie& movie, std::int64_t expected_version) {
  return write_movies([&](Connection& db) -> std::optional<Movie> {
    if (!update_movie_row(db, movie, expected_version, domain::now_iso())) {
      if (!movie_exists(db, movie.id)) return std::nullopt;
      throw StoreConflict("movie " + movie.id + " was changed by someone else (version " +
                          std::to_string(expected_version) + " is stale)");
    }
    return movie_by_id(db, movie.id);
  });
}

std::int64_t SqliteStore::delete_movies(const std::vector<std::string>& ids) {
  return write_movies([&](Connection& db) {
    std::int64_t deleted = 0;
    for (const auto& id : ids) {
      const std::string_view key(id);
      db.prepare("DELETE FROM credits WHERE movie_id = ?1").bind(1, key).run();
      db.prepare("DELETE FROM user_interactions WHERE movie_id = ?1").bind(1, key).run();
      deleted += db.prepare("DELETE FROM movies WHERE id = ?1").bind(1, key).run();
    }
    return deleted;
  });
}

UpsertCounts SqliteStore::upsert_movies(const std::vector<MovieWithCredits>& batch, bool dry_run) {
  if (dry_run) {
    return read([&](Connection& db) {
      UpsertCounts counts;
      for (const auto& record : batch) {
        (movie_exists(db, record.movie.id) ? counts.updated : counts.inserted) += 1;
      }
      return counts;
    });
  }
  return write_movies([&](Connection& db) {
    UpsertCounts counts;
    const auto now = domain::now_iso();
    for (const auto& record : batch) {
      const bool existed = update_movie_row(db, record.movie, -1, now, titles_) > 0;
      if (!existed) insert_movie_row(db, record.movie, now, titles_);
      ++(existed ? counts.updated : counts.inserted);
      if (record.credits) write_credits(db, record.movie.id, *record.credits, existed);
    }
    return counts;
  });
}

std::vector<std::string> SqliteStore::existing_movie_ids(const std::vector<std::string>& ids) {
  return read([&](Connection& db) {
    std::vector<std::string> found;
    for (const auto& id : ids) {
      if (movie_exists(db, id)) found.push_back(id);
    }
    return found;
  });
}

std::int64_t SqliteStore::add_credits(const std::vector<domain::Credit>& credits, bool dry_run) {
  if (dry_run) {
    return read([&](Connection& db) {
      std::int64_t fresh = 0;
      for (const auto& c : credits) {
        auto& exists = db.prepare(
            "SELECT 1 FROM credits WHERE movie_id = ?1 AND person_id = ?2 AND role = ?3 AND "
            "character = ?4");
        exists.bind(1, std::string_view(c.movie_id)).bind(2, std::string_view(c.person_id));
        exists.bind(3, std::string_view(c.role)).bind(4, std::string_view(c.character));
        fresh += exists.step() ? 0 : 1;
        exists.reset();
      }
      return fresh;
    });
  }
  return write_movies([&](Connection& db) {
    std::int64_t fresh = 0;
    for (const auto& c : credits) fresh += insert_credit(db, c) ? 1 : 0;
    return fresh;
  });
}

std::vector<domain::Credit> SqliteStore::credits_of(const std::string& movie_id) {
  return read([&](Connection& db) { return credits_in(db, movie_id); });
}

void SqliteStore::replace_credits(const std::string& movie_id,
                                  const std::vector<domain::Credit>& credits) {
  write_movies([&](Connection& db) { write_credits(db, movie_id, credits); });
}

}  // namespace moviedb::store::sqlite
