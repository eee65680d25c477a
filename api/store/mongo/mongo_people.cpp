#include <algorithm>
#include <map>
#include <set>

#include "store/mongo/documents.hpp"
#include "store/mongo/mongo_store.hpp"
#include "store/mongo/movie_query.hpp"

namespace moviedb::store::mongo {


void MongoStore::write_credits(Unit& u, const std::vector<domain::Credit>& credits,
                               std::int64_t* fresh) {
  if (credits.empty()) return;
  // People first (the last name given for a person wins, as in SQLite), then
  // the credits, inserted unless present: their _id is their unique key, and
  // a duplicate is no error but a credit that already existed. Inserts are
  // targeted by the document's own shard key (movie_id).
  std::map<std::string, const domain::Credit*> people;
  for (const auto& c : credits) people[c.person_id] = &c;
  {
    Unit::Bulk bulk(u, coll::kPerson, true);  // a racing insert of the same person is fine
    for (const auto& [id, credit] : people) {
      bulk.update_one(Doc().str("_id", id), person_update(*credit, next_seq()), true);
    }
    bulk.execute();
  }
  Unit::Bulk bulk(u, coll::kCredits, true);
  for (const auto& c : credits) bulk.insert(credit_document(c, next_seq()));
  const auto result = bulk.execute();
  if (fresh) *fresh = result.inserted;
}

std::vector<domain::Credit> MongoStore::credits_of(const std::string& movie_id) {
  auto u = unit(Reads::shared);
  std::vector<domain::Credit> credits;
  Doc options;
  options.doc("sort", Doc().i32("role_rank", 1).i32("seq", 1));
  // Targeted: movie_id is the shard key.
  u.find(coll::kCredits, Doc().str("movie_id", movie_id), std::move(options))
      .for_each([&](View doc) { credits.push_back(read_credit(doc)); });
  return credits;
}

void MongoStore::replace_credits(const std::string& movie_id,
                                 const std::vector<domain::Credit>& credits) {
  auto u = unit(Reads::primary);
  u.delete_many(coll::kCredits, Doc().str("movie_id", movie_id));
  std::vector<domain::Credit> owned(credits);
  for (auto& c : owned) c.movie_id = movie_id;
  write_credits(u, owned, nullptr);
}

std::int64_t MongoStore::add_credits(const std::vector<domain::Credit>& credits, bool dry_run) {
  if (credits.empty()) return 0;
  auto u = unit(Reads::primary);
  if (!dry_run) {
    std::int64_t fresh = 0;
    write_credits(u, credits, &fresh);
    return fresh;
  }
  std::set<std::string> movies;
  for (const auto& c : credits) movies.insert(c.movie_id);
  std::set<std::string> stored;
  Doc options;
  options.doc("projection", Doc().i32("_id", 1));
  u.find(coll::kCredits,
         Doc().doc("movie_id", Doc().strings("$in", {movies.begin(), movies.end()})),
         std::move(options))
      .for_each([&](View doc) { stored.insert(doc.str("_id")); });
  std::int64_t fresh = 0;
  for (const auto& c : credits) fresh += stored.count(credit_id(c)) ? 0 : 1;
  return fresh;
}

domain::Page<domain::Person> MongoStore::search_people(const std::string& q, std::int64_t page,
                                                       std::int64_t page_size) {
  domain::Page<domain::Person> result{{}, page, page_size, 0};
  auto u = unit(Reads::shared);
  // Without words, everyone by name; with words, whole words and a last prefix.
  const auto filter = all_of(search_conditions("name", q));
  Doc options;
  options.doc("projection", Doc().i32("name", 1))
      .doc("sort", Doc().i32("name_key", 1).i32("seq", 1))
      .i64("skip", (page - 1) * page_size)
      .i64("limit", page_size);
  std::vector<std::string> ids;
  u.find(coll::kPerson, filter, std::move(options)).for_each([&](View doc) {
    result.items.push_back({doc.str("_id"), doc.str("name"), 0});
    ids.push_back(doc.str("_id"));
  });
  result.total = u.count(coll::kPerson, filter);
  if (ids.empty()) return result;
  // Titles per person: one scatter-gather read of their credits.
  std::map<std::string, std::set<std::string>> titles;
  Doc credit_options;
  credit_options.doc("projection", Doc().i32("person_id", 1).i32("movie_id", 1));
  u.find(coll::kCredits, Doc().doc("person_id", Doc().strings("$in", ids)),
         std::move(credit_options))
      .for_each([&](View doc) { titles[doc.str("person_id")].insert(doc.str("movie_id")); });
  for (auto& person : result.items) {
    person.credits = static_cast<std::int64_t>(titles[person.id].size());
  }
  return result;
}

std::optional<domain::Person> MongoStore::find_person(const std::string& id) {
  auto u = unit(Reads::shared);
  auto doc = u.find_one(coll::kPerson, Doc().str("_id", id), Doc().i32("name", 1));
  if (!doc) return std::nullopt;
  // Scatter-gather: credits are sharded by movie.
  const auto titles = u.distinct(coll::kCredits, "movie_id", Doc().str("person_id", id));
  return domain::Person{id, doc->view().str("name"), static_cast<std::int64_t>(titles.size())};
}

std::vector<domain::Credit> MongoStore::filmography(const std::string& person_id) {
  auto u = unit(Reads::shared);
  std::vector<domain::Credit> credits;
  Doc options;
  options.doc("sort", Doc().i32("seq", 1));
  u.find(coll::kCredits, Doc().str("person_id", person_id), std::move(options))
      .for_each([&](View doc) { credits.push_back(read_credit(doc)); });
  if (credits.empty()) return credits;
  std::set<std::string> ids;
  for (const auto& c : credits) ids.insert(c.movie_id);
  std::map<std::string, std::pair<std::string, std::optional<int>>> movies;
  Doc movie_options;
  movie_options.doc("projection", Doc().i32("title", 1).i32("release_year", 1));
  u.find(coll::kMovies, Doc().doc("_id", Doc().strings("$in", {ids.begin(), ids.end()})),
         std::move(movie_options))
      .for_each([&](View doc) {
        std::optional<int> year;
        if (auto y = doc.opt_i64("release_year")) year = static_cast<int>(*y);
        movies[doc.str("_id")] = {doc.str("title"), year};
      });
  std::vector<domain::Credit> out;
  for (auto& c : credits) {  // a join: credits of missing titles drop out
    auto it = movies.find(c.movie_id);
    if (it == movies.end()) continue;
    c.movie_title = it->second.first;
    c.release_year = it->second.second;
    out.push_back(std::move(c));
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    if (a.release_year != b.release_year) {
      if (!a.release_year) return false;  // years first, newest first, unknown last
      if (!b.release_year) return true;
      return *a.release_year > *b.release_year;
    }
    return a.movie_title < b.movie_title;
  });
  return out;
}

}  // namespace moviedb::store::mongo
