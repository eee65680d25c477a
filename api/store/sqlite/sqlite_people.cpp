#include "store/sqlite/movie_search.hpp"
#include "store/sqlite/sqlite_store.hpp"

namespace moviedb::store::sqlite {

domain::Page<domain::Person> SqliteStore::search_people(const std::string& q, std::int64_t page,
                                                        std::int64_t page_size) {
  const auto match = fts_expression(q);
  // Without words, list everyone by name; with words, match them as prefixes.
  const std::string where =
      match.empty() ? "" : " WHERE p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ?1)";
  return read([&](Connection& db) {
    domain::Page<domain::Person> result{{}, page, page_size, 0};
    auto& rows = db.prepare(
        "SELECT p.id, p.name, (SELECT count(DISTINCT c.movie_id) FROM credits c WHERE c.person_id "
        "= p.id) FROM person p" + where + " ORDER BY p.name COLLATE NOCASE, p.rowid LIMIT ?2 OFFSET ?3");
    if (!match.empty()) rows.bind(1, std::string_view(match));
    rows.bind(2, page_size).bind(3, (page - 1) * page_size);
    while (rows.step()) result.items.push_back({rows.text(0), rows.text(1), rows.int64(2)});
    auto& count = db.prepare("SELECT count(*) FROM person p" + where);
    if (!match.empty()) count.bind(1, std::string_view(match));
    count.step();
    result.total = count.int64(0);
    return result;
  });
}

std::optional<domain::Person> SqliteStore::find_person(const std::string& id) {
  return read([&](Connection& db) -> std::optional<domain::Person> {
    auto& row = db.prepare(
        "SELECT id, name, (SELECT count(DISTINCT movie_id) FROM credits WHERE person_id = ?1) "
        "FROM person WHERE id = ?1");
    if (!row.bind(1, std::string_view(id)).step()) return std::nullopt;
    return domain::Person{row.text(0), row.text(1), row.int64(2)};
  });
}

std::vector<domain::Credit> SqliteStore::filmography(const std::string& person_id) {
  return read([&](Connection& db) {
    std::vector<domain::Credit> credits;
    auto& rows = db.prepare(
        "SELECT c.movie_id, c.person_id, c.name, c.character, c.role, m.title, m.release_year "
        "FROM credits c JOIN movies m ON m.id = c.movie_id WHERE c.person_id = ?1 "
        "ORDER BY m.release_year DESC NULLS LAST, m.title");
    rows.bind(1, std::string_view(person_id));
    while (rows.step()) {
      domain::Credit credit{rows.text(0), rows.text(1), rows.text(2), rows.text(3),
                            rows.text(4), rows.text(5), std::nullopt};
      if (auto year = rows.opt_int64(6)) credit.release_year = static_cast<int>(*year);
      credits.push_back(std::move(credit));
    }
    return credits;
  });
}

}  // namespace moviedb::store::sqlite
