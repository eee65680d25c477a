#include <algorithm>
#include <set>

#include "domain/clock.hpp"
#include "store/mongo/documents.hpp"
#include "store/mongo/mongo_store.hpp"
#include "store/mongo/movie_query.hpp"

namespace moviedb::store::mongo {

using domain::Movie;

namespace {

Doc ids_in(const std::vector<std::string>& ids, const char* key = "_id") {
  return Doc().doc(key, Doc().strings("$in", ids));
}

std::set<std::string> stored_ids(Unit& unit, const std::vector<std::string>& ids) {
  std::set<std::string> found;
  if (ids.empty()) return found;
  Doc options;
  options.doc("projection", Doc().i32("_id", 1));
  // Targeted: _id is the (hashed) shard key.
  unit.find(coll::kMovies, ids_in(ids), std::move(options))
      .for_each([&](View doc) { found.insert(doc.str("_id")); });
  return found;
}

}  // namespace

std::vector<std::string> MongoStore::excluded_by(const domain::MovieQuery& query) {
  if (query.exclude_interacted_by.empty()) return {};
  auto primary = unit(Reads::primary);
  return interacted_movie_ids(primary, query.exclude_interacted_by);
}

std::optional<Movie> MongoStore::find_movie(const std::string& id) {
  auto u = unit(Reads::shared);  // targeted on _id
  auto doc = u.find_one(coll::kMovies, Doc().str("_id", id), movie_projection());
  if (!doc) return std::nullopt;
  return read_movie(doc->view());
}

std::vector<Movie> MongoStore::find_movies(const std::vector<std::string>& ids) {
  std::vector<Movie> movies;
  if (ids.empty()) return movies;
  auto u = unit(Reads::shared);
  std::map<std::string, Movie> by_id;
  Doc options;
  options.doc("projection", movie_projection());
  u.find(coll::kMovies, ids_in(ids), std::move(options)).for_each([&](View doc) {
    auto movie = read_movie(doc);
    by_id.emplace(movie.id, std::move(movie));
  });
  for (const auto& id : ids) {  // in the order asked for
    if (auto it = by_id.find(id); it != by_id.end()) movies.push_back(it->second);
  }
  return movies;
}

domain::Page<Movie> MongoStore::search_movies(const domain::MovieQuery& query) {
  domain::Page<Movie> page{{}, query.page, query.page_size, 0};
  const auto excluded = excluded_by(query);
  auto shared = unit(Reads::shared);
  const auto filter = movie_filter(shared, query, excluded);
  if (filter.matches_nothing) return page;
  // Scatter-gather unless the filter pins _id: a search reads every shard.
  page.items = find_movie_page(shared, filter.filter, query.sort, query.offset(), query.page_size);
  const auto counted =
      query.total_from(shared.count(coll::kMovies, filter.filter, query.count_bound()));
  page.total = counted.total;
  page.total_exact = counted.exact;
  return page;
}

std::int64_t MongoStore::count_movies(const domain::MovieQuery& query) {
  const auto excluded = excluded_by(query);
  auto shared = unit(Reads::shared);
  const auto filter = movie_filter(shared, query, excluded);
  return filter.matches_nothing ? 0 : shared.count(coll::kMovies, filter.filter);
}

std::vector<std::string> MongoStore::movie_ids(const domain::MovieQuery& query,
                                               std::int64_t limit) {
  // Bulk deletes and exports act on what they find: read from the primary.
  const auto excluded = excluded_by(query);
  auto primary = unit(Reads::primary);
  const auto filter = movie_filter(primary, query, excluded);
  if (filter.matches_nothing) return {};
  return find_movie_ids(primary, filter.filter, query.sort, limit);
}

Movie MongoStore::insert_movie(const Movie& movie) {
  auto u = unit(Reads::primary);
  const auto doc = movie_document(movie, domain::now_iso(), next_seq());
  u.insert_one(coll::kMovies, doc);  // duplicate _id → StoreConflict
  return read_movie(doc.view());
}

std::optional<Movie> MongoStore::update_movie(const Movie& movie, std::int64_t expected_version) {
  auto guard = locks_.hold(coll::kMovies, movie.id);
  auto u = unit(Reads::primary);
  Doc filter;
  filter.str("_id", movie.id);  // targeted
  if (expected_version >= 0) filter.i64("version", expected_version);
  Doc update;
  update.doc("$set", movie_editable(movie, domain::now_iso())).doc("$inc", Doc().i64("version", 1));
  auto after = u.find_and_modify(coll::kMovies, filter, update, false, true);
  if (after) return read_movie(after->view());
  if (!u.find_one(coll::kMovies, Doc().str("_id", movie.id), Doc().i32("_id", 1))) {
    return std::nullopt;
  }
  throw StoreConflict("movie " + movie.id + " was changed by someone else (version " +
                      std::to_string(expected_version) + " is stale)");
}

std::int64_t MongoStore::delete_movies(const std::vector<std::string>& ids) {
  if (ids.empty()) return 0;
  auto u = unit(Reads::primary);
  // Credits: targeted ($in on the shard key). Interactions: scatter-gather
  // (their shard key starts with user_id). Movies last, so a failure part
  // way leaves at worst titles without credits, never credits without titles.
  u.delete_many(coll::kCredits, ids_in(ids, "movie_id"));
  u.delete_many(coll::kInteractions, ids_in(ids, "movie_id"));
  return u.delete_many(coll::kMovies, ids_in(ids));
}

UpsertCounts MongoStore::upsert_movies(const std::vector<MovieWithCredits>& batch, bool dry_run) {
  UpsertCounts counts;
  if (batch.empty()) return counts;
  std::vector<std::string> ids;
  for (const auto& record : batch) ids.push_back(record.movie.id);
  if (dry_run) {
    auto u = unit(Reads::primary);
    const auto found = stored_ids(u, ids);
    for (const auto& id : ids) (found.count(id) ? counts.updated : counts.inserted) += 1;
    return counts;
  }
  auto guard = locks_.hold_all(coll::kMovies, ids);
  auto u = unit(Reads::primary);
  const auto now = domain::now_iso();
  {
    // Unordered bulk writes (in chunks); each upsert's filter is the full
    // shard key (_id). Counters, created_at and seq are only set on insert.
    Unit::Bulk bulk(u, coll::kMovies);
    for (const auto& record : batch) {
      Doc on_insert;
      on_insert.str("created_at", now)
          .i64("likes", 0)
          .i64("dislikes", 0)
          .i64("watched", 0)
          .i64("views", 0)
          .i64("seq", next_seq());
      Doc update;
      update.doc("$set", movie_editable(record.movie, now))
          .doc("$inc", Doc().i64("version", 1))
          .doc("$setOnInsert", on_insert);
      bulk.update_one(Doc().str("_id", record.movie.id), update, true);
    }
    const auto result = bulk.execute();
    counts.inserted = result.upserted;
    counts.updated = result.matched;
  }
  std::vector<std::string> replaced;
  std::vector<domain::Credit> credits;
  for (const auto& record : batch) {
    if (!record.credits) continue;
    replaced.push_back(record.movie.id);
    for (auto credit : *record.credits) {
      credit.movie_id = record.movie.id;
      credits.push_back(std::move(credit));
    }
  }
  if (!replaced.empty()) {
    u.delete_many(coll::kCredits, ids_in(replaced, "movie_id"));
    write_credits(u, credits, nullptr);
  }
  return counts;
}

std::vector<std::string> MongoStore::existing_movie_ids(const std::vector<std::string>& ids) {
  // Imports check credits right after writing titles: read from the primary.
  auto u = unit(Reads::primary);
  const auto found = stored_ids(u, ids);
  std::vector<std::string> out;
  for (const auto& id : ids) {
    if (found.count(id)) out.push_back(id);
  }
  return out;
}

std::vector<domain::GenreCount> MongoStore::genres() {
  auto u = unit(Reads::shared);
  // Scatter-gather aggregation over all titles.
  const auto pipeline = Doc::from_json(
      R"({"pipeline": [{"$unwind": "$genres"},
                       {"$group": {"_id": "$genres", "count": {"$sum": 1}}}]})");
  std::vector<domain::GenreCount> out;
  u.aggregate(coll::kMovies, pipeline).for_each([&](View doc) {
    out.push_back({doc.str("_id"), doc.i64("count")});
  });
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return a.count != b.count ? a.count > b.count : a.genre < b.genre;
  });
  return out;
}

}  // namespace moviedb::store::mongo
