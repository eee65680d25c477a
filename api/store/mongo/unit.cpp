#include "store/mongo/unit.hpp"

#include <algorithm>
#include <functional>

#include "store/store.hpp"

namespace moviedb::store::mongo {

// --- CausalClock

void CausalClock::advance_session(mongoc_client_session_t* session) const {
  if (!session) return;
  std::lock_guard lock(mutex_);
  if (cluster_time_) mongoc_client_session_advance_cluster_time(session, cluster_time_->get());
  if (op_t_ || op_i_) mongoc_client_session_advance_operation_time(session, op_t_, op_i_);
}

void CausalClock::observe(mongoc_client_session_t* session) {
  if (!session) return;
  std::uint32_t t = 0, i = 0;
  mongoc_client_session_get_operation_time(session, &t, &i);
  const bson_t* cluster_time = mongoc_client_session_get_cluster_time(session);
  if (!t && !i && !cluster_time) return;  // the server reports no times
  std::lock_guard lock(mutex_);
  if (t > op_t_ || (t == op_t_ && i > op_i_)) {
    op_t_ = t;
    op_i_ = i;
  }
  if (cluster_time) {
    // Keep the greater one: compare the clusterTime timestamps.
    auto timestamp_of = [](const bson_t* doc) {
      bson_iter_t iter;
      std::uint32_t ts = 0, inc = 0;
      if (bson_iter_init_find(&iter, doc, "clusterTime") && BSON_ITER_HOLDS_TIMESTAMP(&iter)) {
        bson_iter_timestamp(&iter, &ts, &inc);
      }
      return (static_cast<std::uint64_t>(ts) << 32) | inc;
    };
    if (!cluster_time_ || timestamp_of(cluster_time) > timestamp_of(cluster_time_->get())) {
      cluster_time_ = Doc::copy_of(cluster_time);
    }
  }
}

// --- KeyLocks

std::size_t KeyLocks::stripe(std::string_view collection, std::string_view key) const {
  const auto h = std::hash<std::string_view>{}(collection) * 31 + std::hash<std::string_view>{}(key);
  return h % kStripes;
}

KeyLocks::Guard KeyLocks::hold(std::string_view collection, std::string_view key) {
  if (!enabled_) return Guard();
  auto* m = &stripes_[stripe(collection, key)];
  m->lock();
  return Guard({m});
}

KeyLocks::Guard KeyLocks::hold_all(std::string_view collection,
                                   const std::vector<std::string>& keys) {
  if (!enabled_) return Guard();
  std::vector<std::size_t> indexes;
  for (const auto& key : keys) indexes.push_back(stripe(collection, key));
  std::sort(indexes.begin(), indexes.end());  // one global order: no deadlock
  indexes.erase(std::unique(indexes.begin(), indexes.end()), indexes.end());
  std::vector<std::mutex*> held;
  for (auto index : indexes) {
    stripes_[index].lock();
    held.push_back(&stripes_[index]);
  }
  return Guard(std::move(held));
}

// --- Unit

Unit::Unit(ClientPool& pool, CausalClock& clock, Reads reads, std::size_t bulk_chunk)
    : pool_(pool),
      clock_(clock),
      prefs_(reads == Reads::primary ? pool.primary_reads() : pool.shared_reads()),
      bulk_chunk_(std::max<std::size_t>(1, bulk_chunk)),
      lease_(pool),
      session_(lease_, true) {
  clock_.advance_session(session_.get());
}

Unit::~Unit() {
  collections_.clear();
  clock_.observe(session_.get());
}

mongoc_collection_t* Unit::collection(const char* name) {
  auto it = collections_.find(std::string_view(name));
  if (it == collections_.end()) it = collections_.emplace(name, lease_.collection(name)).first;
  return it->second.get();
}

Cursor Unit::find(const char* coll, const Doc& filter, Doc options) {
  session_.append(options);
  options.i64("maxTimeMS", pool_.max_time_ms());
  return Cursor(
      mongoc_collection_find_with_opts(collection(coll), filter.get(), options.get(), prefs_),
      std::string("find in ") + coll);
}

std::optional<Doc> Unit::find_one(const char* coll, const Doc& filter, const Doc& projection) {
  Doc options;
  if (!projection.empty()) options.doc("projection", projection);
  options.i64("limit", 1).boolean("singleBatch", true);
  return find(coll, filter, std::move(options)).first();
}

std::int64_t Unit::count(const char* coll, const Doc& filter, std::optional<std::int64_t> limit) {
  bson_error_t error;
  bson_t reply;
  auto opts = options(true);
  if (limit) opts.i64("limit", *limit);
  const auto n = mongoc_collection_count_documents(collection(coll), filter.get(), opts.get(),
                                                   prefs_, &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (n < 0) throw_driver_error(error, std::string("count in ") + coll, kept.get());
  return n;
}

std::vector<std::string> Unit::distinct(const char* coll, const char* key, const Doc& filter) {
  // Scatter-gather on a sharded collection unless `filter` names the shard key.
  Doc command;
  command.str("distinct", coll).str("key", key).doc("query", filter);
  const auto opts = options(false);
  bson_error_t error;
  bson_t reply;
  const bool ok = mongoc_collection_read_command_with_opts(collection(coll), command.get(), prefs_,
                                                           opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("distinct in ") + coll, kept.get());
  return kept.view().strings("values");
}

Cursor Unit::aggregate(const char* coll, const Doc& pipeline) {
  auto opts = options(true);
  return Cursor(mongoc_collection_aggregate(collection(coll), MONGOC_QUERY_NONE, pipeline.get(),
                                            opts.get(), prefs_),
                std::string("aggregate on ") + coll);
}

void Unit::insert_one(const char* coll, const Doc& document) {
  bson_error_t error;
  bson_t reply;
  const auto opts = options(false);
  const bool ok =
      mongoc_collection_insert_one(collection(coll), document.get(), opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("insert into ") + coll, kept.get());
}

namespace {

UpdateCounts update_counts(View reply) {
  return {reply.i64("matchedCount"), reply.i64("modifiedCount"), reply.i64("upsertedCount")};
}

}  // namespace

UpdateCounts Unit::update_one(const char* coll, const Doc& filter, const Doc& update,
                              bool upsert) {
  auto opts = options(false);
  if (upsert) opts.boolean("upsert", true);
  bson_error_t error;
  bson_t reply;
  const bool ok = mongoc_collection_update_one(collection(coll), filter.get(), update.get(),
                                               opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("update in ") + coll, kept.get());
  return update_counts(kept.view());
}

std::int64_t Unit::update_many(const char* coll, const Doc& filter, const Doc& update) {
  const auto opts = options(false);
  bson_error_t error;
  bson_t reply;
  const bool ok = mongoc_collection_update_many(collection(coll), filter.get(), update.get(),
                                                opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("update in ") + coll, kept.get());
  return kept.view().i64("modifiedCount");
}

std::int64_t Unit::delete_one(const char* coll, const Doc& filter) {
  const auto opts = options(false);
  bson_error_t error;
  bson_t reply;
  const bool ok =
      mongoc_collection_delete_one(collection(coll), filter.get(), opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("delete from ") + coll, kept.get());
  return kept.view().i64("deletedCount");
}

std::int64_t Unit::delete_many(const char* coll, const Doc& filter) {
  const auto opts = options(false);
  bson_error_t error;
  bson_t reply;
  const bool ok =
      mongoc_collection_delete_many(collection(coll), filter.get(), opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("delete from ") + coll, kept.get());
  return kept.view().i64("deletedCount");
}

namespace {

struct FamFree {
  void operator()(mongoc_find_and_modify_opts_t* o) const { mongoc_find_and_modify_opts_destroy(o); }
};

std::optional<Doc> value_of(View reply) {
  bson_iter_t iter;
  if (!bson_iter_init_find(&iter, reply.get(), "value") || !BSON_ITER_HOLDS_DOCUMENT(&iter)) {
    return std::nullopt;
  }
  return reply.sub("value");
}

}  // namespace

std::optional<Doc> Unit::find_and_modify(const char* coll, const Doc& filter, const Doc& update,
                                         bool upsert, bool return_new) {
  std::unique_ptr<mongoc_find_and_modify_opts_t, FamFree> opts(mongoc_find_and_modify_opts_new());
  mongoc_find_and_modify_opts_set_update(opts.get(), update.get());
  int flags = MONGOC_FIND_AND_MODIFY_NONE;
  if (upsert) flags |= MONGOC_FIND_AND_MODIFY_UPSERT;
  if (return_new) flags |= MONGOC_FIND_AND_MODIFY_RETURN_NEW;
  mongoc_find_and_modify_opts_set_flags(opts.get(),
                                        static_cast<mongoc_find_and_modify_flags_t>(flags));
  const auto extra = options(false);
  mongoc_find_and_modify_opts_append(opts.get(), extra.get());
  bson_error_t error;
  bson_t reply;
  const bool ok = mongoc_collection_find_and_modify_with_opts(collection(coll), filter.get(),
                                                              opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("findAndModify on ") + coll, kept.get());
  return value_of(kept.view());
}

std::optional<Doc> Unit::find_and_remove(const char* coll, const Doc& filter) {
  std::unique_ptr<mongoc_find_and_modify_opts_t, FamFree> opts(mongoc_find_and_modify_opts_new());
  mongoc_find_and_modify_opts_set_flags(opts.get(), MONGOC_FIND_AND_MODIFY_REMOVE);
  const auto extra = options(false);
  mongoc_find_and_modify_opts_append(opts.get(), extra.get());
  bson_error_t error;
  bson_t reply;
  const bool ok = mongoc_collection_find_and_modify_with_opts(collection(coll), filter.get(),
                                                              opts.get(), &reply, &error);
  Doc kept = Doc::copy_of(&reply);
  bson_destroy(&reply);
  if (!ok) throw_driver_error(error, std::string("findAndModify on ") + coll, kept.get());
  return value_of(kept.view());
}

// --- Bulk

namespace {

mongoc_bulk_operation_t* new_bulk(Unit& unit, const char* coll) {
  auto opts = unit.options(false);
  opts.boolean("ordered", false);
  return mongoc_collection_create_bulk_operation_with_opts(unit.collection(coll), opts.get());
}

}  // namespace

Unit::Bulk::Bulk(Unit& unit, const char* coll, bool tolerate_duplicates)
    : unit_(unit),
      coll_(coll),
      tolerate_duplicates_(tolerate_duplicates),
      chunk_(unit.bulk_chunk()),
      bulk_(new_bulk(unit, coll)) {}

Unit::Bulk::~Bulk() { mongoc_bulk_operation_destroy(bulk_); }

void Unit::Bulk::update_one(const Doc& filter, const Doc& update, bool upsert) {
  Doc opts;
  if (upsert) opts.boolean("upsert", true);
  bson_error_t error;
  if (!mongoc_bulk_operation_update_one_with_opts(bulk_, filter.get(), update.get(), opts.get(),
                                                  &error)) {
    throw_driver_error(error, std::string("bulk write to ") + coll_);
  }
  added();
}

void Unit::Bulk::insert(const Doc& document) {
  bson_error_t error;
  if (!mongoc_bulk_operation_insert_with_opts(bulk_, document.get(), nullptr, &error)) {
    throw_driver_error(error, std::string("bulk write to ") + coll_);
  }
  added();
}

void Unit::Bulk::delete_many(const Doc& filter) {
  bson_error_t error;
  if (!mongoc_bulk_operation_remove_many_with_opts(bulk_, filter.get(), nullptr, &error)) {
    throw_driver_error(error, std::string("bulk write to ") + coll_);
  }
  added();
}

void Unit::Bulk::added() {
  if (++pending_ >= chunk_) send();
}

void Unit::Bulk::send() {
  if (pending_ == 0) return;
  bson_t raw;
  bson_error_t error;
  const auto server = mongoc_bulk_operation_execute(bulk_, &raw, &error);
  Doc reply = Doc::copy_of(&raw);
  bson_destroy(&raw);
  mongoc_bulk_operation_destroy(bulk_);
  bulk_ = new_bulk(unit_, coll_);
  pending_ = 0;
  const auto view = reply.view();
  total_.inserted += view.i64("nInserted");
  total_.matched += view.i64("nMatched");
  total_.modified += view.i64("nModified");
  total_.upserted += view.i64("nUpserted");
  total_.deleted += view.i64("nRemoved");
  if (server) return;
  if (tolerate_duplicates_ && view.docs("writeConcernErrors").empty()) {
    const auto errors = view.docs("writeErrors");
    const bool all_duplicates =
        !errors.empty() && std::all_of(errors.begin(), errors.end(), [](const Doc& e) {
          const auto code = e.view().i64("code");
          return code == 11000 || code == 11001 || code == 12582;
        });
    if (all_duplicates) {
      total_.duplicates += static_cast<std::int64_t>(errors.size());
      return;
    }
  }
  throw_driver_error(error, std::string("bulk write to ") + coll_, reply.get());
}

Unit::Bulk::Result Unit::Bulk::execute() {
  send();
  return total_;
}

}  // namespace moviedb::store::mongo
