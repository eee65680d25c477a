#include <algorithm>
#include <map>

#include "domain/clock.hpp"
#include "store/mongo/documents.hpp"
#include "store/mongo/mongo_store.hpp"
#include "store/mongo/movie_query.hpp"

namespace moviedb::store::mongo {

void MongoStore::append_audit(const domain::AuditEntry& entry) {
  auto u = unit(Reads::primary);
  std::int64_t id = 0;
  {
    // Entry numbers from one counter document (atomic $inc on MongoDB).
    auto guard = locks_.hold(coll::kCounters, coll::kAudit);
    const auto counter = u.find_and_modify(coll::kCounters, Doc().str("_id", coll::kAudit),
                                           Doc().doc("$inc", Doc().i64("seq", 1)), true, true);
    id = counter ? counter->view().i64("seq") : 0;
  }
  auto e = entry;
  if (e.at.empty()) e.at = domain::now_iso();
  u.insert_one(coll::kAudit, audit_document(e, id));
}

domain::Page<domain::AuditEntry> MongoStore::list_audit(const AuditQuery& q) {
  domain::Page<domain::AuditEntry> page{{}, q.page, q.page_size, 0};
  std::vector<Doc> conditions;
  if (!q.actor.empty()) {
    std::vector<Doc> either;
    either.push_back(Doc().str("actor_id", q.actor));
    either.push_back(Doc().str("actor_username", q.actor));
    conditions.push_back(Doc().docs("$or", either));
  }
  if (!q.action.empty()) conditions.push_back(Doc().str("action", q.action));
  if (!q.collection.empty()) conditions.push_back(Doc().str("collection", q.collection));
  if (!q.since.empty()) conditions.push_back(Doc().doc("at", Doc().str("$gte", q.since)));
  if (!q.until.empty()) conditions.push_back(Doc().doc("at", Doc().str("$lt", q.until)));
  const auto filter = all_of(std::move(conditions));
  // An admin sees their own writes at once: the audit log is read from the primary.
  auto u = unit(Reads::primary);
  Doc options;
  options.doc("sort", Doc().i32("_id", -1))
      .i64("skip", (q.page - 1) * q.page_size)
      .i64("limit", q.page_size);
  u.find(coll::kAudit, filter, std::move(options)).for_each([&](View doc) {
    page.items.push_back(read_audit(doc));
  });
  page.total = u.count(coll::kAudit, filter);
  return page;
}

namespace {

std::vector<domain::RankedMovie> ranked(Unit& u, const char* counter) {
  std::vector<domain::RankedMovie> out;
  Doc options;
  options.doc("projection", Doc().i32("title", 1).i32(counter, 1))
      .doc("sort", Doc().i32(counter, -1).i32("seq", -1))
      .i64("limit", 10);
  u.find(coll::kMovies, Doc().doc(counter, Doc().i64("$gt", 0)), std::move(options))
      .for_each([&](View doc) { out.push_back({doc.str("_id"), doc.str("title"), doc.i64(counter)}); });
  return out;
}

// One accumulator per $group: FerretDB 1.24 computes only the first
// accumulator of a $group correctly (the others come back 0), so each sum is
// its own small aggregation.
std::int64_t total(Unit& u, const char* counter) {
  Doc group;
  group.null("_id").doc("v", Doc().str("$sum", std::string("$") + counter));
  std::vector<Doc> stages;
  stages.push_back(Doc().doc("$group", group));
  std::int64_t value = 0;
  u.aggregate(coll::kMovies, Doc().docs("pipeline", stages)).for_each([&](View doc) {
    value = doc.i64("v");
  });
  return value;
}

// Likes and dislikes per genre, summed here over the reacted titles' counters:
// FerretDB 1.24 loses the other fields of a document after `$unwind`, so a
// `$unwind` + `$group` pipeline sums to 0 there. One pass over the titles
// with reactions (the likes/dislikes indexes narrow it on MongoDB).
std::map<std::string, domain::GenreReactions> per_genre(Unit& u) {
  std::vector<Doc> reacted;
  reacted.push_back(Doc().doc("likes", Doc().i64("$gt", 0)));
  reacted.push_back(Doc().doc("dislikes", Doc().i64("$gt", 0)));
  Doc options;
  options.doc("projection", Doc().i32("genres", 1).i32("likes", 1).i32("dislikes", 1));
  std::map<std::string, domain::GenreReactions> out;
  u.find(coll::kMovies, Doc().docs("$or", reacted), std::move(options)).for_each([&](View doc) {
    for (const auto& genre : doc.strings("genres")) {
      auto& r = out.try_emplace(genre, domain::GenreReactions{genre, 0, 0}).first->second;
      r.likes += doc.i64("likes");
      r.dislikes += doc.i64("dislikes");
    }
  });
  return out;
}

// Titles per type in one scan.
std::map<std::string, std::int64_t> per_type(Unit& u) {
  std::vector<Doc> stages;
  stages.push_back(
      Doc().doc("$group", Doc().str("_id", "$type").doc("n", Doc().i32("$sum", 1))));
  std::map<std::string, std::int64_t> out;
  u.aggregate(coll::kMovies, Doc().docs("pipeline", stages)).for_each([&](View doc) {
    out[doc.str("_id")] = doc.i64("n");
  });
  return out;
}

}  // namespace

domain::Stats MongoStore::stats() {
  // Dashboard figures: scatter-gather reads of shared data (secondaries welcome).
  auto u = unit(Reads::shared);
  domain::Stats s;
  const auto types = per_type(u);
  s.movies = types.contains("MOVIE") ? types.at("MOVIE") : 0;
  s.shows = types.contains("SHOW") ? types.at("SHOW") : 0;
  s.people = u.count(coll::kPerson, Doc());
  s.users = u.count(coll::kUsers, Doc());
  s.interactions = u.count(coll::kInteractions, Doc());
  s.likes = total(u, "likes");
  s.dislikes = total(u, "dislikes");
  s.watched = total(u, "watched");
  s.views = total(u, "views");
  s.top_liked = ranked(u, "likes");
  s.top_viewed = ranked(u, "views");

  // Reactions per genre from the titles' counters (which move with every
  // reaction), so no join of interactions with titles is needed.
  for (auto& [genre, r] : per_genre(u)) s.reactions_per_genre.push_back(std::move(r));
  std::sort(s.reactions_per_genre.begin(), s.reactions_per_genre.end(),
            [](const auto& a, const auto& b) {
              const auto na = a.likes + a.dislikes, nb = b.likes + b.dislikes;
              return na != nb ? na > nb : a.genre < b.genre;
            });
  if (s.reactions_per_genre.size() > 20) s.reactions_per_genre.resize(20);

  // Activity per day over 30 days: group by the stored day and state (a few
  // hundred groups at most), then fold the states into the day's figures.
  const auto since = domain::iso_time(std::chrono::system_clock::now() - std::chrono::days(30));
  Doc match;
  match.doc("updated_at", Doc().str("$gte", since));
  Doc group_id;
  group_id.str("day", "$updated_day")
      .str("reaction", "$reaction")
      .str("watched", "$watched")
      .str("viewed", "$viewed");
  Doc group;
  group.doc("_id", group_id).doc("n", Doc().i32("$sum", 1));
  std::vector<Doc> stages;
  stages.push_back(Doc().doc("$match", match));
  stages.push_back(Doc().doc("$group", group));
  std::map<std::string, domain::DayActivity> days;
  u.aggregate(coll::kInteractions, Doc().docs("pipeline", stages)).for_each([&](View doc) {
    const auto day = doc.str("_id.day");
    if (day.empty()) return;
    auto& d = days[day];
    d.day = day;
    const auto n = doc.i64("n");
    const auto reaction = doc.str("_id.reaction");
    if (reaction == "like") d.likes += n;
    if (reaction == "dislike") d.dislikes += n;
    if (doc.boolean("_id.watched")) d.watched += n;
    if (doc.boolean("_id.viewed")) d.views += n;
  });
  for (auto& [day, activity] : days) s.activity.push_back(std::move(activity));
  return s;
}

}  // namespace moviedb::store::mongo
