#include "store/sqlite/movie_search.hpp"

#include <algorithm>

#include "domain/text.hpp"
#include "store/sqlite/ranked_titles.hpp"

namespace moviedb::store::sqlite {

namespace {

std::string placeholders(std::size_t n, std::size_t first) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += (i ? ", ?" : "?") + std::to_string(first + i);
  return out;
}

class Builder {
 public:
  template <class T>
  std::string param(T value) {
    filter_.params.emplace_back(std::move(value));
    return "?" + std::to_string(filter_.params.size());
  }
  std::string list(const std::vector<std::string>& values) {
    const auto text = placeholders(values.size(), filter_.params.size() + 1);
    for (const auto& v : values) filter_.params.emplace_back(v);
    return text;
  }
  void add(const std::string& condition) {
    filter_.where += (filter_.where.empty() ? " WHERE " : " AND ") + condition;
  }
  SqlFilter take() { return std::move(filter_); }

 private:
  SqlFilter filter_;
};

}  // namespace

void SqlFilter::bind_all(Statement& statement) const {
  int index = 1;
  for (const auto& p : params) {
    std::visit([&](const auto& v) { statement.bind(index, v); }, p);
    ++index;
  }
}

std::string fts_expression(const std::string& text) {
  const auto words = domain::search_words(text);
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Words hold only letters and digits (or non-ASCII bytes), never quotes.
    out += (i ? " \"" : "\"") + words[i] + "\"" + (i + 1 == words.size() ? "*" : "");
  }
  return out;
}

SqlFilter movie_filter(const domain::MovieQuery& q, TitlePlan plan) {
  Builder b;
  // Text with no word in it (only punctuation) matches no title.
  auto fts = [&](const std::string& text, const std::string& before, const std::string& after) {
    const auto expression = fts_expression(text);
    b.add(expression.empty() ? std::string("0") : before + b.param(expression) + after);
  };
  static const auto in_titles = "m.rowid IN (" + ranked_titles_matching();
  static const std::string titles = kRankedTitles;
  static const auto probe = "EXISTS (SELECT 1 FROM " + titles + " f WHERE f." + titles + " MATCH ";
  static const auto probe_end =
      " AND f.rowid = " + ranked_title_key("m.imdb_score", "m.rowid") + ")";
  if (!q.q.empty() && plan != TitlePlan::walk_with_probes) {
    fts(q.q, in_titles, ")");
  } else if (!q.q.empty()) {
    fts(q.q, probe, probe_end);
  }
  if (q.type) b.add("m.type = " + b.param(*q.type));
  if (!q.genres.empty()) {
    b.add("m.rowid IN (SELECT movie_rowid FROM movie_genres WHERE genre IN (" + b.list(q.genres) +
          "))");
  }
  if (!q.countries.empty()) {
    b.add("m.rowid IN (SELECT movie_rowid FROM movie_countries WHERE country IN (" +
          b.list(q.countries) + "))");
  }
  if (!q.certifications.empty()) b.add("m.age_certification IN (" + b.list(q.certifications) + ")");
  if (q.year_min) b.add("m.release_year >= " + b.param(std::int64_t{*q.year_min}));
  if (q.year_max) b.add("m.release_year <= " + b.param(std::int64_t{*q.year_max}));
  if (q.score_min) b.add("m.imdb_score >= " + b.param(*q.score_min));
  auto credited = [&](const std::string& name, const std::string& role) {
    if (name.empty()) return;
    const auto role_condition = role.empty() ? "" : "c.role = " + b.param(role) + " AND ";
    fts(name,
        "m.id IN (SELECT c.movie_id FROM credits c JOIN person p ON p.id = c.person_id WHERE " +
            role_condition + "p.rowid IN (SELECT rowid FROM person_fts WHERE person_fts MATCH ",
        "))");
  };
  credited(q.person, "");
  credited(q.actor, "ACTOR");
  credited(q.director, "DIRECTOR");
  if (!q.exclude_interacted_by.empty()) {
    // A click to view is no verdict: only reactions and watched hide a title.
    b.add("m.id NOT IN (SELECT movie_id FROM user_interactions WHERE user_id = " +
          b.param(q.exclude_interacted_by) + " AND (reaction IS NOT NULL OR watched = 1))");
  }
  return b.take();
}

TitlePlan cheapest_title_plan(std::int64_t hits, std::int64_t movies, std::int64_t rows_wanted) {
  const double h = std::max<std::int64_t>(hits, 1);
  const double walked = static_cast<double>(movies) * static_cast<double>(rows_wanted) / h;
  const double sort_matches = 3.0 * h;
  const double match_set = 0.2 * h + 0.12 * walked;
  const double probes = 20.0 * walked;
  if (sort_matches <= match_set && sort_matches <= probes) return TitlePlan::matches_first;
  return match_set <= probes ? TitlePlan::walk_with_match_set : TitlePlan::walk_with_probes;
}

bool only_title_words(const domain::MovieQuery& q) {
  return !q.q.empty() && !q.type && q.genres.empty() && q.countries.empty() &&
         q.certifications.empty() && !q.year_min && !q.year_max && !q.score_min &&
         q.person.empty() && q.actor.empty() && q.director.empty() &&
         q.exclude_interacted_by.empty();
}

std::string sort_index_hint(const domain::MovieSort& sort) {
  // Ascending sorts put NULLs last, which no index order gives; every sortable
  // column but `id` has an index named after it (schema.cpp).
  if (!sort.descending || sort.field == "id") return "";
  return " INDEXED BY movies_" + sort.field;
}

std::string movie_order(const domain::MovieSort& sort) {
  // `field` was checked against sortable_movie_fields(), so it is a column name.
  const std::string column = sort.field == "title" ? "m.title COLLATE NOCASE" : "m." + sort.field;
  const std::string direction = sort.descending ? " DESC" : " ASC";
  const std::string nulls = sort.descending ? "" : " NULLS LAST";
  return " ORDER BY " + column + direction + nulls + ", m.rowid" + direction;
}

}  // namespace moviedb::store::sqlite
