// A user's interaction with a title and the title's counters.
//
// Exactness under concurrency without multi-document transactions:
//  1. the interaction document is changed by compare-and-set on its version
//     `v` (read, apply the same change SQLite applies, write back only if `v`
//     is unchanged, else retry), so every change starts from the state it
//     replaces, and the first write of a pair is an insert that the unique
//     (user_id, movie_id) index lets only one writer win;
//  2. the title's counters then move by exactly (after − before) with one
//     atomic $inc on the movie document.
// Concurrent changes, by one user or many, therefore add up to the true
// totals. The two writes are separate documents (different shards in
// production), so a process killed, or a store failing, between them leaves
// that one change's counter delta unapplied (the request answers 503); an
// acknowledged request always has both (see README.md, "Counters").
#include <thread>

#include "domain/clock.hpp"
#include "store/mongo/documents.hpp"
#include "store/mongo/mongo_store.hpp"

namespace moviedb::store::mongo {

using domain::Interaction;
using domain::Reaction;

namespace {

constexpr int kMaxAttempts = 64;

int is(const std::optional<Interaction>& i, Reaction r) { return i && i->reaction == r ? 1 : 0; }

Doc copy_with(const Doc& base, const std::function<void(Doc&)>& extra) {
  Doc doc = Doc::copy_of(base.get());
  extra(doc);
  return doc;
}

}  // namespace

Doc MongoStore::interaction_filter(const std::string& user_id, const std::string& movie_id) const {
  Doc filter;
  filter.str("_id", interaction_id(user_id, movie_id));
  // With the full shard key {user_id, movie_id} every read and write of one
  // interaction is targeted to one shard. FerretDB 1.x only finds a document
  // without scanning its collection when the filter is exactly {_id: …}; the
  // _id holds the same two values, so the filter means the same there.
  if (!features_.ferretdb_version.empty()) return filter;
  filter.str("user_id", user_id).str("movie_id", movie_id);
  return filter;
}

std::optional<InteractionResult> MongoStore::change_interaction(
    const std::string& user_id, const std::string& movie_id,
    const std::function<void(Interaction&)>& mutate) {
  auto u = unit(Reads::primary);
  if (!u.find_one(coll::kMovies, Doc().str("_id", movie_id), Doc().i32("_id", 1))) {
    return std::nullopt;
  }
  const auto key = user_id + '\x1f' + movie_id;
  std::optional<Interaction> before;
  Interaction after;
  for (int attempt = 0;; ++attempt) {
    if (attempt == kMaxAttempts) {
      throw StoreUnavailable("interaction " + user_id + "/" + movie_id +
                             " is being changed by too many requests at once; try again");
    }
    if (attempt > 4) std::this_thread::sleep_for(std::chrono::milliseconds(attempt));
    auto guard = locks_.hold(coll::kInteractions, key);
    const auto now = domain::now_iso();
    auto stored = u.find_one(coll::kInteractions, interaction_filter(user_id, movie_id));
    std::int64_t version = 0;
    if (stored) {
      before = read_interaction(stored->view());
      version = stored->view().i64("v");
    } else {
      before.reset();
    }
    after = before.value_or(Interaction{user_id, movie_id, {}, false, "", 0, "", now, now, "", ""});
    mutate(after);
    after.updated_at = now;
    auto state = interaction_state(after);
    state.i64("v", version + 1).i64("seq", next_seq());
    if (!stored) {
      try {
        u.insert_one(coll::kInteractions, copy_with(state, [&](Doc& d) {
                       d.str("_id", interaction_id(user_id, movie_id))
                           .str("user_id", user_id)
                           .str("movie_id", movie_id)
                           .str("created_at", after.created_at);
                     }));
        break;
      } catch (const StoreConflict&) {
        continue;  // another request created it first: start from its state
      }
    }
    auto filter = interaction_filter(user_id, movie_id);
    if (locks_.enabled()) {
      // FerretDB: the per-document lock held since the read makes this write
      // the next one; a filter of exactly {_id} is the one it can look up
      // without scanning the collection.
    } else if (version == 0) {
      filter.null("v");  // a document written before versions existed
    } else {
      filter.i64("v", version);
    }
    if (u.update_one(coll::kInteractions, filter, Doc().doc("$set", state), false).matched == 1) {
      break;
    }
  }
  Doc inc;
  inc.i64("likes", is(after, Reaction::like) - is(before, Reaction::like))
      .i64("dislikes", is(after, Reaction::dislike) - is(before, Reaction::dislike))
      .i64("watched", int(after.watched) - int(before && before->watched))
      .i64("views", after.views - (before ? before->views : 0));
  auto guard = locks_.hold(coll::kMovies, movie_id);
  const auto counters =
      u.find_and_modify(coll::kMovies, Doc().str("_id", movie_id), Doc().doc("$inc", inc), false, true);
  if (!counters) return std::nullopt;  // the title was deleted meanwhile
  const auto c = counters->view();
  return InteractionResult{after, c.i64("likes"), c.i64("dislikes"), c.i64("watched"),
                           c.i64("views")};
}

std::optional<Interaction> MongoStore::find_interaction(const std::string& user_id,
                                                        const std::string& movie_id) {
  auto u = unit(Reads::primary);  // the user's own state
  auto doc = u.find_one(coll::kInteractions, interaction_filter(user_id, movie_id));
  if (!doc) return std::nullopt;
  return read_interaction(doc->view());
}

std::optional<InteractionResult> MongoStore::set_reaction(const std::string& user_id,
                                                          const std::string& movie_id,
                                                          std::optional<Reaction> reaction) {
  return change_interaction(user_id, movie_id, [&](Interaction& i) { i.reaction = reaction; });
}

std::optional<InteractionResult> MongoStore::set_watched(const std::string& user_id,
                                                         const std::string& movie_id,
                                                         bool watched) {
  return change_interaction(user_id, movie_id, [&](Interaction& i) {
    if (watched && !i.watched) i.watched_at = domain::now_iso();
    if (!watched) i.watched_at.clear();
    i.watched = watched;
  });
}

std::optional<InteractionResult> MongoStore::record_view(const std::string& user_id,
                                                         const std::string& movie_id) {
  return change_interaction(user_id, movie_id, [&](Interaction& i) {
    ++i.views;
    i.last_viewed_at = domain::now_iso();
  });
}

domain::Page<Interaction> MongoStore::list_interactions(const InteractionQuery& q) {
  domain::Page<Interaction> page{{}, q.page, q.page_size, 0};
  Doc filter;
  if (!q.user_id.empty()) filter.str("user_id", q.user_id);
  if (!q.movie_id.empty()) filter.str("movie_id", q.movie_id);
  if (q.reaction) filter.str("reaction", domain::to_string(*q.reaction));
  if (q.watched) filter.boolean("watched", *q.watched);
  if (q.viewed_only) filter.doc("views", Doc().i64("$gt", 0));
  if (!q.since.empty() || !q.until.empty()) {
    Doc range;
    if (!q.since.empty()) range.str("$gte", q.since);
    if (!q.until.empty()) range.str("$lt", q.until);
    filter.doc("updated_at", range);
  }
  // Only interactions that still say something (a cleared reaction on an
  // unwatched, unviewed title does not).
  std::vector<Doc> active;
  active.push_back(Doc().doc("reaction", Doc().null("$ne")));
  active.push_back(Doc().boolean("watched", true));
  active.push_back(Doc().doc("views", Doc().i64("$gt", 0)));
  filter.docs("$or", active);

  // A user's own list comes from the primary (targeted by user_id); admin
  // lists across users are scatter-gather reads of shared data.
  auto u = unit(q.user_id.empty() ? Reads::shared : Reads::primary);
  Doc options;
  options.doc("sort", Doc().i32("updated_at", -1).i32("seq", -1))
      .i64("skip", (q.page - 1) * q.page_size)
      .i64("limit", q.page_size);
  std::vector<std::string> movie_ids, user_ids;
  u.find(coll::kInteractions, filter, std::move(options)).for_each([&](View doc) {
    page.items.push_back(read_interaction(doc));
    movie_ids.push_back(page.items.back().movie_id);
    user_ids.push_back(page.items.back().user_id);
  });
  page.total = u.count(coll::kInteractions, filter);
  if (page.items.empty()) return page;
  std::map<std::string, std::string> titles, names;
  Doc title_options;
  title_options.doc("projection", Doc().i32("title", 1));
  u.find(coll::kMovies, Doc().doc("_id", Doc().strings("$in", movie_ids)), std::move(title_options))
      .for_each([&](View doc) { titles[doc.str("_id")] = doc.str("title"); });
  Doc name_options;
  name_options.doc("projection", Doc().i32("username", 1));
  u.find(coll::kUsers, Doc().doc("_id", Doc().strings("$in", user_ids)), std::move(name_options))
      .for_each([&](View doc) { names[doc.str("_id")] = doc.str("username"); });
  for (auto& i : page.items) {
    i.movie_title = titles[i.movie_id];
    i.username = names[i.user_id];
  }
  return page;
}

}  // namespace moviedb::store::mongo
