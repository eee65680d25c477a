#include <optional>
#include <set>
#include <string>
#include <utility>

#include "domain/clock.hpp"
#include "domain/movie_fields.hpp"
#include "store/sqlite/credit_rows.hpp"
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
  static const std::string sql =
      "SELECT " + movie_select_columns() + ", m.credits_json FROM movies m WHERE m.id = ?1";
  return read([&](Connection& db) -> std::optional<MovieDetail> {
    auto& row = db.prepare(sql);
    row.bind(1, std::string_view(id));
    if (!row.step()) return std::nullopt;
    MovieDetail detail{read_movie(row), row.text(static_cast<int>(domain::movie_fields().size()))};
    row.reset();
    return detail;
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
    // UNIQUE(id) → StoreConflict
    insert_movie_row(db, movie, domain::now_iso(), no_credits_copy());
    return *movie_by_id(db, movie.id);
  });
}

std::optional<Movie> SqliteStore::update_movie(const Movie& movie, std::int64_t expected_version) {
  return write_movies([&](Connection& db) -> std::optional<Movie> {
    if (!update_movie_row(db, movie, expected_version, domain::now_iso(), std::nullopt)) {
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
      // The credits first: the title's row is then written once, with their copy.
      std::optional<std::string> copy;
      if (record.credits) copy = replace_credit_rows(db, record.movie.id, *record.credits);
      const bool existed = update_movie_row(db, record.movie, -1, now, copy, titles_) > 0;
      if (!existed) {
        insert_movie_row(db, record.movie, now, copy ? *copy : no_credits_copy(), titles_);
      }
      ++(existed ? counts.updated : counts.inserted);
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
    std::set<std::string> credited;
    for (const auto& c : credits) {
      if (!insert_credit(db, c)) continue;
      ++fresh;
      credited.insert(c.movie_id);
    }
    for (const auto& movie_id : credited) copy_credits_to_title(db, movie_id);
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
