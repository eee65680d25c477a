// Search and facets on the embedded store: a plan chosen by how common the
// title words are, and cached answers (bench/RESULTS.md has the profiles).
#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <type_traits>

#include "store/sqlite/movie_rows.hpp"
#include "store/sqlite/movie_search.hpp"
#include "store/sqlite/ranked_titles.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace moviedb::store::sqlite {

using domain::Movie;

namespace {

std::string filter_key(const SqlFilter& filter) {
  std::string key = filter.where;
  for (const auto& param : filter.params) {
    key += '\x1f';
    std::visit(
        [&](const auto& v) {
          if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::string>) {
            key += v;
          } else {
            key += std::to_string(v);
          }
        },
        param);
  }
  return key;
}

std::string page_key(const domain::MovieQuery& query, const SqlFilter& filter) {
  return filter_key(filter) + '\x1e' + movie_order(query.sort) + '\x1e' +
         std::to_string(query.offset()) + '/' + std::to_string(query.page_size) + '/' +
         std::to_string(query.count_bound());
}

bool sorts_by_counter(const domain::MovieSort& sort) {
  return sort.field == "likes" || sort.field == "dislikes" || sort.field == "watched" ||
         sort.field == "views";
}

std::int64_t count_of(Connection& db, const std::string& sql, const SqlFilter& filter) {
  auto& count = db.prepare(sql);
  filter.bind_all(count);
  count.step();
  const auto n = count.int64(0);
  count.reset();
  return n;
}

// The rowids (as `r`) a query's total counts, and that count's cache key.
// Title words alone: the word index knows its matches without reading movies.
struct CountedMatches {
  std::string key;
  SqlFilter filter;
  std::string rowids;
};

CountedMatches counted_matches(const domain::MovieQuery& query) {
  if (auto expression = fts_expression(query.q); only_title_words(query) && !expression.empty()) {
    SqlFilter words{"", {std::move(expression)}};
    auto key = "words:" + filter_key(words);
    return {std::move(key), std::move(words), ranked_titles_matching() + "?1"};
  }
  auto filter = movie_filter(query);
  auto key = "filter:" + filter_key(filter);
  auto rowids = "SELECT m.rowid AS r FROM movies m" + filter.where;
  return {std::move(key), std::move(filter), std::move(rowids)};
}

// Title words alone, in the default order: the index keyed by that order
// holds the page. Its FTS expression then, else nothing.
std::optional<std::string> ranked_page_words(const domain::MovieQuery& query) {
  if (!only_title_words(query) || query.sort.field != "imdb_score" || !query.sort.descending) {
    return std::nullopt;
  }
  auto expression = fts_expression(query.q);
  if (expression.empty()) return std::nullopt;
  return expression;
}

std::vector<std::int64_t> page_rowids(Connection& db, const domain::MovieQuery& query,
                                      TitlePlan plan) {
  const auto filter = movie_filter(query, plan);
  const auto from = plan == TitlePlan::matches_first ? "" : sort_index_hint(query.sort);
  const auto limit = static_cast<int>(filter.params.size()) + 1;
  auto& rows =
      db.prepare("SELECT m.rowid FROM movies m" + from + filter.where + movie_order(query.sort) +
                 " LIMIT ?" + std::to_string(limit) + " OFFSET ?" + std::to_string(limit + 1));
  filter.bind_all(rows);
  rows.bind(limit, query.page_size).bind(limit + 1, query.offset());
  std::vector<std::int64_t> rowids;
  while (rows.step()) rowids.push_back(rows.int64(0));
  return rowids;
}

std::vector<Movie> movies_by_rowid(Connection& db, const std::vector<std::int64_t>& rowids) {
  auto& row = db.prepare("SELECT " + movie_select_columns() + " FROM movies m WHERE m.rowid = ?1");
  std::vector<Movie> movies;
  movies.reserve(rowids.size());
  for (const auto rowid : rowids) {
    // A row deleted since the page was cached is simply gone from it.
    if (row.reset().bind(1, rowid).step()) movies.push_back(read_movie(row));
  }
  row.reset();
  return movies;
}

}  // namespace

std::uint64_t SqliteStore::foreign_generation() {
  std::unique_lock lock(foreign_mutex_, std::try_to_lock);
  const auto now = std::chrono::steady_clock::now();
  if (lock.owns_lock() && now - foreign_polled_ >= kForeignPoll) {
    if (const auto committed = pool_.notice_foreign_commits()) {
      foreign_polled_ = now;
      if (*committed) ++foreign_generation_;
    }
  }
  return foreign_generation_.load();
}

std::optional<std::uint64_t> SqliteStore::movies_version(bool with_counters) {
  const auto movies = movies_generation_.load() + foreign_generation();
  return with_counters ? movies + counters_generation_.load() : movies;
}

std::uint64_t SqliteStore::generation_of(const domain::MovieQuery& query) {
  return *movies_version(sorts_by_counter(query.sort));
}

SqliteStore::MatchCount SqliteStore::cached_count(const std::string& key,
                                                  const std::function<MatchCount()>& count,
                                                  bool cacheable) {
  const auto generation = *movies_version(false);
  if (cacheable) {
    if (auto hit = totals_.find(key, generation)) return *hit;
  }
  const auto counted = count();
  if (cacheable) totals_.put(key, generation, counted, sizeof counted);
  return counted;
}

std::int64_t SqliteStore::total_of(Connection& db, const domain::MovieQuery& query) {
  const auto counted = counted_matches(query);
  return cached_count(
             counted.key,
             [&] {
               return MatchCount::exactly(
                   count_of(db, "SELECT count(*) FROM (" + counted.rowids + ")", counted.filter));
             },
             query.exclude_interacted_by.empty())
      .total;
}

SqliteStore::MatchCount SqliteStore::bounded_total_of(Connection& db,
                                                      const domain::MovieQuery& query) {
  const auto bound = query.count_bound();
  const auto counted = counted_matches(query);
  const auto limit = static_cast<int>(counted.filter.params.size()) + 1;
  const auto sql =
      "SELECT count(*), max(r) FROM (" + counted.rowids + " LIMIT ?" + std::to_string(limit) + ")";
  return cached_count(
      counted.key + '\x1d' + std::to_string(bound),
      [&] {
        auto& count = db.prepare(sql);
        counted.filter.bind_all(count);
        count.bind(limit, bound).step();
        const auto n = count.int64(0);
        const auto last = count.int64(1);
        count.reset();
        const auto total = query.total_from(n);
        if (total.exact) return MatchCount::exactly(n);
        // Rowids follow insertion, so matches spread over them about evenly:
        // how far the bound reached tells the planner how many there are.
        auto& newest = db.prepare("SELECT max(rowid) FROM movies");
        newest.step();
        const auto rowids = newest.int64(0);
        newest.reset();
        const auto hits = last > 0 ? n * rowids / last : n;
        return MatchCount{total.total, false, std::max(hits, n)};
      },
      query.exclude_interacted_by.empty());
}

TitlePlan SqliteStore::plan_for(Connection& db, const domain::MovieQuery& query,
                                std::int64_t hits) {
  if (query.q.empty() || sort_index_hint(query.sort).empty()) return TitlePlan::matches_first;
  // A bulk load by another process may have dropped the index for a while.
  auto& index = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?1");
  const bool indexed = index.bind(1, "movies_" + query.sort.field).step();
  index.reset();
  if (!indexed) return TitlePlan::matches_first;
  const auto movies = cached_count(
      "movies",
      [&] { return MatchCount::exactly(count_of(db, "SELECT count(*) FROM movies", {})); }, true);
  return cheapest_title_plan(hits, movies.total, query.offset() + query.page_size);
}

domain::Page<Movie> SqliteStore::search_movies(const domain::MovieQuery& query) {
  const bool cacheable = query.exclude_interacted_by.empty();
  const auto generation = generation_of(query);
  const auto key = page_key(query, movie_filter(query));
  domain::Page<Movie> page{{}, query.page, query.page_size, 0};
  if (auto hit = cacheable ? pages_.find(key, generation) : std::nullopt) {
    page.total = hit->count.total;
    page.total_exact = hit->count.exact;
    page.items = read([&](Connection& db) { return movies_by_rowid(db, hit->rowids); });
    return page;
  }
  SearchAnswer answer;
  page.items = read([&](Connection& db) {
    answer.count = bounded_total_of(db, query);
    const auto words = ranked_page_words(query);
    answer.rowids = words ? ranked_title_rowids(db, *words, query.offset(), query.page_size)
                          : page_rowids(db, query, plan_for(db, query, answer.count.hits));
    return movies_by_rowid(db, answer.rowids);
  });
  page.total = answer.count.total;
  page.total_exact = answer.count.exact;
  if (cacheable) {
    const auto bytes = sizeof answer + answer.rowids.capacity() * sizeof(std::int64_t);
    pages_.put(key, generation, std::move(answer), bytes);
  }
  return page;
}

std::int64_t SqliteStore::count_movies(const domain::MovieQuery& query) {
  return read([&](Connection& db) { return total_of(db, query); });
}

std::vector<domain::GenreCount> SqliteStore::genres() {
  const auto generation = *movies_version(false);
  if (auto hit = genres_.find("genres", generation)) return *hit;
  auto genres = read([](Connection& db) {
    std::vector<domain::GenreCount> genres;
    auto& rows = db.prepare(
        "SELECT genre, count(*) FROM movie_genres GROUP BY genre ORDER BY count(*) DESC, genre");
    while (rows.step()) genres.push_back({rows.text(0), rows.int64(1)});
    return genres;
  });
  std::size_t bytes = genres.capacity() * sizeof(domain::GenreCount);
  for (const auto& genre : genres) bytes += genre.genre.capacity();
  genres_.put("genres", generation, genres, bytes);
  return genres;
}

}  // namespace moviedb::store::sqlite
