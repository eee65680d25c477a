#include "store/sqlite/credit_rows.hpp"

#include <algorithm>
#include <string_view>
#include <utility>

#include "json_text/movie_json.hpp"

namespace moviedb::store::sqlite {

namespace {

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

// A credit with its place in the order it was credited (its row's seq).
using Credited = std::pair<std::int64_t, domain::Credit>;
constexpr std::string_view kSelectCredited =
    "SELECT seq, movie_id, person_id, name, character, role FROM credits";

Credited read_credited(const Statement& row) {
  domain::Credit credit;
  credit.movie_id = row.text(1);
  credit.person_id = row.text(2);
  credit.name = row.text(3);
  credit.character = row.text(4);
  credit.role = row.text(5);
  return {row.int64(0), std::move(credit)};
}

// Sorted here: for a handful of rows SQLite's sorter costs more than the lookups.
std::vector<domain::Credit> in_page_order(std::vector<Credited> found) {
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

// The copy a title's row holds of these credits.
std::string copy_of(std::vector<Credited> found) {
  return json_text::credits_json(in_page_order(std::move(found)));
}

void set_copy(Connection& db, std::string_view movie_id, std::string_view copy) {
  db.prepare("UPDATE movies SET credits_json = ?2 WHERE id = ?1")
      .bind(1, movie_id)
      .bind(2, copy)
      .run();
}

}  // namespace

std::vector<domain::Credit> credits_in(Connection& db, const std::string& movie_id) {
  static const auto sql = std::string(kSelectCredited) + " WHERE movie_id = ?1";
  auto& rows = db.prepare(sql);
  rows.bind(1, std::string_view(movie_id));
  std::vector<Credited> found;
  while (rows.step()) found.push_back(read_credited(rows));
  return in_page_order(std::move(found));
}

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

std::string_view no_credits_copy() {
  static const std::string copy = copy_of({});
  return copy;
}

std::string replace_credit_rows(Connection& db, const std::string& movie_id,
                                const std::vector<domain::Credit>& credits) {
  // With the title's earlier rows gone, its credits are exactly those inserted
  // here, so the copy is written from them instead of read back.
  db.prepare("DELETE FROM credits WHERE movie_id = ?1").bind(1, std::string_view(movie_id)).run();
  std::vector<Credited> inserted;
  for (auto credit : credits) {
    credit.movie_id = movie_id;
    if (insert_credit(db, credit)) inserted.emplace_back(inserted.size(), std::move(credit));
  }
  return copy_of(std::move(inserted));
}

void write_credits(Connection& db, const std::string& movie_id,
                   const std::vector<domain::Credit>& credits) {
  set_copy(db, movie_id, replace_credit_rows(db, movie_id, credits));
}

void copy_credits_to_title(Connection& db, const std::string& movie_id) {
  set_copy(db, movie_id, json_text::credits_json(credits_in(db, movie_id)));
}

// One walk over the credits in key order, a title's rows together.
void copy_every_title_credits(Connection& db) {
  auto& rows = db.prepare(std::string(kSelectCredited) + " ORDER BY movie_id");
  std::string title;
  std::vector<Credited> found;
  const auto flush = [&] {
    if (!found.empty()) set_copy(db, title, copy_of(std::move(found)));
    found.clear();
  };
  while (rows.step()) {
    auto credited = read_credited(rows);
    if (credited.second.movie_id != title) {
      flush();
      title = credited.second.movie_id;
    }
    found.push_back(std::move(credited));
  }
  flush();
}

}  // namespace moviedb::store::sqlite
