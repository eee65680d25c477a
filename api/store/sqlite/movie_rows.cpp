#include "store/sqlite/movie_rows.hpp"

#include <boost/json.hpp>

#include "domain/movie_fields.hpp"
#include "store/sqlite/ranked_titles.hpp"

namespace moviedb::store::sqlite {

namespace json = boost::json;
using domain::Movie;
using domain::movie_fields;

namespace {

std::string join_writable(const std::string& pattern) {  // pattern: "{}" replaced by the name
  std::string out;
  for (const auto& field : movie_fields()) {
    if (!field.writable) continue;
    if (!out.empty()) out += ", ";
    std::string piece = pattern;
    for (auto at = piece.find("{}"); at != std::string::npos; at = piece.find("{}")) {
      piece.replace(at, 2, field.name);
    }
    out += piece;
  }
  return out;
}

std::size_t writable_count() {
  std::size_t n = 0;
  for (const auto& field : movie_fields()) n += field.writable ? 1 : 0;
  return n;
}

struct Binder {
  Statement& statement;
  int index;
  void operator()(const std::string& v) { statement.bind(index, std::string_view(v)); }
  void operator()(const std::optional<int>& v) { statement.bind(index, v); }
  void operator()(const std::optional<std::int64_t>& v) { statement.bind(index, v); }
  void operator()(const std::optional<double>& v) { statement.bind(index, v); }
  void operator()(const std::vector<std::string>& v) {
    statement.bind(index, std::string_view(json::serialize(json::value_from(v))));
  }
  void operator()(std::int64_t v) { statement.bind(index, v); }
};

struct Reader {
  const Statement& row;
  int column;
  void operator()(std::string& v) const { v = row.text(column); }
  void operator()(std::optional<int>& v) const {
    if (auto n = row.opt_int64(column)) v = static_cast<int>(*n);
  }
  void operator()(std::optional<std::int64_t>& v) const { v = row.opt_int64(column); }
  void operator()(std::optional<double>& v) const { v = row.opt_real(column); }
  void operator()(std::vector<std::string>& v) const {
    boost::system::error_code ec;
    auto parsed = json::parse(row.text(column), ec);
    if (!ec && parsed.is_array()) v = json::value_to<std::vector<std::string>>(parsed);
  }
  void operator()(std::int64_t& v) const { v = row.int64(column); }
};

// Binds the editable fields to ?1..?N in table order.
void bind_writable(Statement& statement, const Movie& movie) {
  int index = 1;
  for (const auto& field : movie_fields()) {
    if (!field.writable) continue;
    std::visit([&](auto member) { Binder{statement, index}(movie.*member); }, field.member);
    ++index;
  }
}

}  // namespace

const std::string& movie_select_columns() {
  static const std::string columns = [] {
    std::string out;
    for (const auto& field : movie_fields()) {
      out += (out.empty() ? "m." : ", m.") + std::string(field.name);
    }
    return out;
  }();
  return columns;
}

Movie read_movie(const Statement& row) {
  Movie movie;
  int column = 0;
  for (const auto& field : movie_fields()) {
    std::visit([&](auto member) { Reader{row, column}(movie.*member); }, field.member);
    ++column;
  }
  return movie;
}

void insert_movie_row(Connection& db, const Movie& movie, const std::string& now,
                      std::string_view credits_copy, TitleIndex titles) {
  // ?1..?N the editable fields, ?N+1 now, ?N+2 the credits' copy.
  static const std::string sql = [] {
    std::string placeholders;
    for (std::size_t i = 1; i <= writable_count() + 1; ++i) {
      placeholders += (i == 1 ? "?" : ", ?") + std::to_string(i);
    }
    return "INSERT INTO movies (" + join_writable("{}") +
           ", created_at, updated_at, version, credits_json) VALUES (" + placeholders + ", ?" +
           std::to_string(writable_count() + 1) + ", 1, ?" + std::to_string(writable_count() + 2) +
           ")";
  }();
  auto& statement = db.prepare(sql);
  bind_writable(statement, movie);
  statement.bind(static_cast<int>(writable_count()) + 1, std::string_view(now));
  statement.bind(static_cast<int>(writable_count()) + 2, credits_copy);
  statement.run();
  const auto rowid = db.last_insert_rowid();
  if (titles == TitleIndex::now) add_ranked_title(db, rowid, movie.imdb_score, movie.title);
  add_list_rows(db, rowid, movie);
}

int update_movie_row(Connection& db, const Movie& movie, std::int64_t expected_version,
                     const std::string& now, std::optional<std::string_view> credits_copy,
                     TitleIndex titles) {
  static const std::string sql = [] {
    std::string assignments;
    int index = 1;
    for (const auto& field : movie_fields()) {
      if (!field.writable || field.name == "id") {
        index += field.writable ? 1 : 0;
        continue;
      }
      assignments += std::string(field.name) + " = ?" + std::to_string(index++) + ", ";
    }
    // ?1 is the id (first writable field); ?N+1 now; ?N+2 the expected version;
    // ?N+3 the credits' copy, NULL to keep it.
    const auto at = [](std::size_t k) { return "?" + std::to_string(writable_count() + k); };
    return "UPDATE movies SET " + assignments + "updated_at = " + at(1) +
           ", credits_json = coalesce(" + at(3) + ", credits_json)" +
           ", version = version + 1 WHERE id = ?1 AND (" + at(2) + " < 0 OR version = " + at(2) +
           ")";
  }();
  auto& before = db.prepare("SELECT rowid, title, imdb_score FROM movies WHERE id = ?1");
  if (!before.bind(1, std::string_view(movie.id)).step()) return 0;
  const auto rowid = before.int64(0);
  const auto old_title = before.text(1);
  const auto old_score = before.opt_real(2);
  before.reset();
  auto& statement = db.prepare(sql);
  bind_writable(statement, movie);
  statement.bind(static_cast<int>(writable_count()) + 1, std::string_view(now));
  statement.bind(static_cast<int>(writable_count()) + 2, expected_version);
  statement.bind(static_cast<int>(writable_count()) + 3, credits_copy);
  const int changed = statement.run();
  if (!changed) return 0;
  if (old_title != movie.title || old_score != movie.imdb_score) {
    remove_ranked_title(db, rowid, old_score, old_title);
    if (titles == TitleIndex::now) add_ranked_title(db, rowid, movie.imdb_score, movie.title);
  }
  db.prepare("DELETE FROM movie_genres WHERE movie_rowid = ?1").bind(1, rowid).run();
  db.prepare("DELETE FROM movie_countries WHERE movie_rowid = ?1").bind(1, rowid).run();
  add_list_rows(db, rowid, movie);
  return changed;
}

void add_list_rows(Connection& db, std::int64_t rowid, const Movie& movie) {
  for (const auto& genre : movie.genres) {
    db.prepare("INSERT OR IGNORE INTO movie_genres (genre, movie_rowid) VALUES (?1, ?2)")
        .bind(1, std::string_view(genre))
        .bind(2, rowid)
        .run();
  }
  for (const auto& country : movie.production_countries) {
    db.prepare("INSERT OR IGNORE INTO movie_countries (country, movie_rowid) VALUES (?1, ?2)")
        .bind(1, std::string_view(country))
        .bind(2, rowid)
        .run();
  }
}

}  // namespace moviedb::store::sqlite
