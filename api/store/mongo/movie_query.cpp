#include "store/mongo/movie_query.hpp"

#include "domain/text.hpp"
#include "store/mongo/documents.hpp"

namespace moviedb::store::mongo {

namespace {

Doc in(const std::string& key, const std::vector<std::string>& values, const char* op = "$in") {
  Doc doc;
  doc.doc(key, Doc().strings(op, values));
  return doc;
}

Doc and_also(const Doc& filter, Doc extra) {
  if (filter.empty()) return extra;
  std::vector<Doc> both;
  both.push_back(Doc::copy_of(filter.get()));
  both.push_back(std::move(extra));
  return Doc().docs("$and", both);
}

Doc sort_doc(const std::string& key, int direction) {
  Doc sort;
  sort.i32(key, direction);
  if (key != "_id") sort.i32("seq", direction);
  return sort;
}

// Movie ids credited to people whose names match `words`, in `role` (any when empty).
std::optional<std::vector<std::string>> credited(Unit& unit, const std::string& words,
                                                 const std::string& role) {
  auto conditions = search_conditions("name", words);
  if (conditions.empty()) return std::vector<std::string>{};
  std::vector<std::string> people;
  Doc options;
  options.doc("projection", Doc().i32("_id", 1));
  unit.find(coll::kPerson, all_of(std::move(conditions)), std::move(options))
      .for_each([&](View p) { people.push_back(p.str("_id")); });
  if (people.empty()) return std::vector<std::string>{};
  // Scatter-gather: credits are sharded on movie_id, this asks by person.
  Doc filter = in("person_id", people);
  if (!role.empty()) filter.str("role", role);
  return unit.distinct(coll::kCredits, "movie_id", filter);
}

}  // namespace

std::vector<Doc> search_conditions(const std::string& prefix, const std::string& text) {
  const auto words = domain::search_words(text);
  std::vector<Doc> conditions;
  if (words.empty()) return conditions;
  const std::vector<std::string> whole(words.begin(), words.end() - 1);
  if (!whole.empty()) conditions.push_back(Doc().doc(prefix + "_words", Doc().strings("$all", whole)));
  const auto& last = words.back();
  conditions.push_back(Doc().str(prefix + "_prefixes", indexed_prefix(last)));
  if (last.size() > kMaxPrefixBytes) {
    // Longer than the stored prefixes: the indexed prefix narrows, an
    // anchored literal (escaped) pattern on the words decides.
    conditions.push_back(
        Doc().doc(prefix + "_words", Doc().str("$regex", literal_prefix_regex(last))));
  }
  return conditions;
}

Doc all_of(std::vector<Doc> conditions) {
  if (conditions.empty()) return Doc();
  if (conditions.size() == 1) return std::move(conditions.front());
  return Doc().docs("$and", conditions);
}

std::vector<std::string> interacted_movie_ids(Unit& primary, const std::string& user_id) {
  std::vector<Doc> either;
  either.push_back(Doc().doc("reaction", Doc().null("$ne")));
  either.push_back(Doc().boolean("watched", true));
  Doc mine;
  mine.str("user_id", user_id).docs("$or", either);
  return primary.distinct(coll::kInteractions, "movie_id", mine);
}

MovieFilter movie_filter(Unit& shared, const domain::MovieQuery& q,
                         const std::vector<std::string>& excluded) {
  MovieFilter out;
  std::vector<Doc> conditions;
  if (!q.q.empty()) {
    auto title = search_conditions("title", q.q);
    if (title.empty()) {
      out.matches_nothing = true;
      return out;
    }
    for (auto& c : title) conditions.push_back(std::move(c));
  }
  if (q.type) conditions.push_back(Doc().str("type", *q.type));
  if (!q.genres.empty()) conditions.push_back(in("genres", q.genres));
  if (!q.countries.empty()) conditions.push_back(in("production_countries", q.countries));
  if (!q.certifications.empty()) conditions.push_back(in("age_certification", q.certifications));
  if (q.year_min) conditions.push_back(Doc().doc("release_year", Doc().i32("$gte", *q.year_min)));
  if (q.year_max) conditions.push_back(Doc().doc("release_year", Doc().i32("$lte", *q.year_max)));
  if (q.score_min) conditions.push_back(Doc().doc("imdb_score", Doc().dbl("$gte", *q.score_min)));
  for (const auto& [words, role] : {std::pair{q.person, std::string()},
                                    std::pair{q.actor, std::string("ACTOR")},
                                    std::pair{q.director, std::string("DIRECTOR")}}) {
    if (words.empty()) continue;
    const auto ids = credited(shared, words, role);
    if (!ids || ids->empty()) {
      out.matches_nothing = true;
      return out;
    }
    conditions.push_back(in("_id", *ids));
  }
  if (!excluded.empty()) conditions.push_back(in("_id", excluded, "$nin"));
  out.filter = all_of(std::move(conditions));
  return out;
}

Doc movie_projection() {
  return Doc().i32("title_words", 0).i32("title_prefixes", 0).i32("title_key", 0);
}

namespace {

template <class Read>
void find_in_order(Unit& unit, const Doc& filter, const domain::MovieSort& sort,
                   std::int64_t skip, std::int64_t limit, const Doc& projection, Read read) {
  if (limit <= 0) return;
  const auto key = movie_sort_key(sort.field);
  const int direction = sort.descending ? -1 : 1;
  auto run = [&](const Doc& f, const Doc& order, std::int64_t s, std::int64_t l) {
    Doc options;
    options.doc("projection", projection).doc("sort", order);
    if (s > 0) options.i64("skip", s);
    options.i64("limit", l);
    std::int64_t n = 0;
    unit.find(coll::kMovies, f, std::move(options)).for_each([&](View doc) {
      ++n;
      read(doc);
    });
    return n;
  };
  if (sort.descending || !movie_field_nullable(sort.field)) {
    run(filter, sort_doc(key, direction), skip, limit);
    return;
  }
  const auto present = and_also(filter, Doc().doc(key, Doc().null("$ne")));
  const auto got = run(present, sort_doc(key, 1), skip, limit);
  if (got >= limit) return;
  const auto present_total = got > 0 ? skip + got : unit.count(coll::kMovies, present);
  const auto absent = and_also(filter, Doc().null(key));
  run(absent, Doc().i32("seq", 1), std::max<std::int64_t>(0, skip - present_total), limit - got);
}

}  // namespace

std::vector<domain::Movie> find_movie_page(Unit& unit, const Doc& filter,
                                           const domain::MovieSort& sort, std::int64_t skip,
                                           std::int64_t limit) {
  std::vector<domain::Movie> movies;
  find_in_order(unit, filter, sort, skip, limit, movie_projection(),
                [&](View doc) { movies.push_back(read_movie(doc)); });
  return movies;
}

std::vector<std::string> find_movie_ids(Unit& unit, const Doc& filter,
                                        const domain::MovieSort& sort, std::int64_t limit) {
  std::vector<std::string> ids;
  find_in_order(unit, filter, sort, 0, limit, Doc().i32("_id", 1),
                [&](View doc) { ids.push_back(doc.str("_id")); });
  return ids;
}

}  // namespace moviedb::store::mongo
