#include "store/sqlite/connection_pool.hpp"

#include <sqlite3.h>

#include <chrono>
#include <utility>

namespace moviedb::store::sqlite {

namespace {

// How often the checkpointer copies committed pages from the WAL into the
// database file (PASSIVE: it never waits for readers).
constexpr std::chrono::milliseconds kCheckpointEvery{250};

}  // namespace

ConnectionPool::ConnectionPool(std::string path, std::size_t max_readers)
    : path_(std::move(path)), max_readers_(max_readers), writer_(path_) {
  writer_.exec(kServingWriterCache);
  writer_.exec("PRAGMA wal_autocheckpoint=0");
  sqlite3_wal_hook(writer_.get(), &ConnectionPool::on_commit, this);
  writer_thread_ = std::jthread([this](std::stop_token stop) { writer_loop(stop); });
  checkpointer_ = std::jthread([this](std::stop_token stop) { checkpoint_loop(stop); });
}

void ConnectionPool::checkpoint_loop(std::stop_token stop) {
  std::unique_ptr<Connection> connection;
  std::unique_lock lock(checkpoint_mutex_);
  int rounds_at_once = 0;
  for (;;) {
    if (rounds_at_once == 0) {
      checkpoint_wakeup_.wait_for(lock, stop, kCheckpointEvery,
                                  [this] { return round_asked_.load(); });
      round_asked_ = false;
    }
    if (stop.stop_requested()) return;
    end_stale_snapshots();  // another process's commits may wait for them
    try {
      if (!connection) connection = std::make_unique<Connection>(path_);
      const auto [frames, copied] = connection->checkpoint();
      // The count restarts with the WAL.
      const auto before = copied_frames_.load();
      const auto this_round = copied >= before ? copied - before : copied;
      // SQLite syncs the database file only when a checkpoint copies every
      // frame in the WAL (walCheckpoint in src/wal.c), which under a stream
      // of writes only the writer's completion does: it then waited for every
      // page the rounds had copied since the last one, 160-230 ms of stalled
      // writes at 1M titles (bench/RESULTS.md); now only for those it copies.
      if (this_round > 0) connection->sync_database_file();
      copied_frames_ = copied;
      // Past the bound the writer must copy what arrived during this round:
      // go again at once until a round is short, so that its part is too.
      // When the disk cannot keep up, rounds never get short: the writer
      // then finishes anyway, or the WAL would grow without bound.
      const bool over = frames >= kFinishAfterFrames;
      const bool again = over && this_round > kFinishTail && ++rounds_at_once < kRoundsAtOnce;
      if (!again) rounds_at_once = 0;
      if (over && !again) checkpoint_pending_ = true;
    } catch (...) {  // busy or unavailable now; the next round tries again
      connection.reset();
      rounds_at_once = 0;
    }
    ++rounds_;
  }
}

void ConnectionPool::run_in_group(const std::function<void(Connection&)>& work) {
  auto pending = std::make_unique<PendingWrite>(&work);
  auto done = pending->done.get_future();
  {
    std::lock_guard lock(queue_mutex_);
    queue_.push_back(std::move(pending));
  }
  queue_filled_.notify_one();
  done.get();  // rethrows the write's own failure
}

int ConnectionPool::on_commit(void* pool, sqlite3*, const char*, int frames) {
  auto& self = *static_cast<ConnectionPool*>(pool);
  self.wal_frames_ = frames;
  self.note_change();
  return SQLITE_OK;
}

void ConnectionPool::note_change() {
  last_change_ = Clock::now().time_since_epoch().count();
}

// A snapshot that began before the last change is at least kQuietFor old
// once that change is: never kept.
bool ConnectionPool::may_keep(const Reader& reader, Clock::time_point now) const {
  const Clock::time_point last_change{Clock::duration(last_change_.load())};
  return now - last_change >= kQuietFor && now - reader.began < kKeepSnapshotFor;
}

void ConnectionPool::enter_snapshot(Reader& reader) {
  const auto now = Clock::now();
  if (reader.in_snapshot) {
    if (may_keep(reader, now)) return;
    leave_snapshot(reader);
  }
  reader.began = now;
  begin_snapshot(*reader.connection);
  reader.in_snapshot = true;
}

void ConnectionPool::leave_snapshot(Reader& reader) {
  end_snapshot(*reader.connection);
  reader.in_snapshot = false;
}

void ConnectionPool::end_stale_snapshots() {
  if (idle_in_snapshot_ == 0) return;
  const auto now = Clock::now();
  std::lock_guard lock(readers_mutex_);
  for (auto& reader : idle_readers_) {
    if (!reader.in_snapshot || may_keep(reader, now)) continue;
    leave_snapshot(reader);
    --idle_in_snapshot_;
  }
}

ConnectionPool::Group ConnectionPool::next_group(std::stop_token stop) {
  std::unique_lock lock(queue_mutex_);
  const auto filled = [&] { return !queue_.empty(); };
  if (wal_frames_ > 0) {
    queue_filled_.wait_for(lock, stop, kWritesPaused, filled);
  } else {
    queue_filled_.wait(lock, stop, filled);
  }
  return std::exchange(queue_, {});
}

// Drains the queue before it stops, so no caller waits forever.
void ConnectionPool::writer_loop(std::stop_token stop) {
  for (;;) {
    auto group = next_group(stop);
    if (group.empty()) {
      if (stop.stop_requested()) return;
      on_writes_paused();
      continue;
    }
    commit_group(group);
    for (auto& pending : group) {
      if (pending->error) {
        pending->done.set_exception(pending->error);
      } else {
        pending->done.set_value();
      }
    }
    end_stale_snapshots();
    // Right after the checkpointer's round, when least is left to copy.
    if (checkpoint_pending_.exchange(false) && wal_frames_ >= kFinishAfterFrames) {
      finish_checkpoint();
    }
  }
}

// A completion copies whatever the checkpointer has not, and a write that
// arrives meanwhile waits: 44-75 ms at 1M titles after a lull in likes
// (bench/RESULTS.md). So the checkpointer goes round first, and the writer
// completes at a later pause, with little left. It completes at once when
// little is left, or when the checkpointer made no progress since it was
// asked (busy, or failing): the WAL must still start over.
void ConnectionPool::on_writes_paused() {
  const auto rounds = rounds_.load();
  const auto copied = copied_frames_.load();
  if (wal_frames_ - copied > kFinishTail) {
    const bool asked = asked_.pending;
    if (asked && rounds == asked_.rounds) return;  // its round is under way
    // Not asked yet, or a round went by and copied more: a round first.
    if (!asked || copied != asked_.copied) {
      asked_ = {true, rounds, copied};
      round_asked_ = true;
      checkpoint_wakeup_.notify_one();
      return;
    }
    // A round went by and copied nothing.
  }
  asked_.pending = false;
  finish_checkpoint();
}

// On the writer's own thread: a checkpointer holding the writer's lock
// could be preempted with it on a busy machine and stall every write.
void ConnectionPool::finish_checkpoint() {
  std::lock_guard lock(writer_mutex_);
  try {
    // Every frame copied: the next write starts the WAL over. A reader still
    // on an older snapshot may hold frames back; the next pause asks again.
    if (const auto done = writer_.checkpoint(); done.copied == done.frames) wal_frames_ = 0;
  } catch (...) {  // busy now; asked again later
  }
}

std::exception_ptr ConnectionPool::run_together(
    std::span<const std::unique_ptr<PendingWrite>> group) {
  try {
    Transaction transaction(writer_);
    for (const auto& pending : group) {
      (*pending->work)(writer_);
      writer_.reset_busy_statements();
    }
    transaction.commit();
    return nullptr;
  } catch (...) {
    writer_.reset_busy_statements();
    return std::current_exception();
  }
}

void ConnectionPool::commit_group(const Group& group) {
  std::lock_guard lock(writer_mutex_);
  const auto error = run_together(group);
  if (!error) return;
  if (group.size() == 1) {
    group.front()->error = error;
    return;
  }
  // Someone's write failed and took the group's transaction with it: give
  // each write a transaction of its own, so only the failing one fails.
  // (Savepoints would isolate them without a second run, but their journal
  // makes large writes such as import batches several times slower.)
  for (const auto& pending : group) pending->error = run_together({&pending, 1});
}

std::optional<bool> ConnectionPool::notice_foreign_commits() {
  std::unique_lock lock(writer_mutex_, std::try_to_lock);
  if (!lock.owns_lock()) return std::nullopt;
  auto& version = writer_.prepare("PRAGMA data_version");
  version.step();
  const auto value = version.int64(0);
  version.reset();
  if (value == std::exchange(foreign_data_version_, value)) return false;
  note_change();
  return true;
}

ConnectionPool::Reader ConnectionPool::take_reader() {
  std::unique_lock lock(readers_mutex_);
  reader_returned_.wait(lock,
                        [&] { return !idle_readers_.empty() || open_readers_ < max_readers_; });
  if (!idle_readers_.empty()) {
    auto reader = std::move(idle_readers_.back());
    idle_readers_.pop_back();
    if (reader.in_snapshot) --idle_in_snapshot_;
    return reader;
  }
  ++open_readers_;
  lock.unlock();
  try {
    return Reader{std::make_unique<Connection>(path_)};
  } catch (...) {
    std::lock_guard relock(readers_mutex_);
    --open_readers_;
    reader_returned_.notify_one();
    throw;
  }
}

void ConnectionPool::return_reader(Reader reader) {
  std::lock_guard lock(readers_mutex_);
  if (reader.in_snapshot) ++idle_in_snapshot_;
  idle_readers_.push_back(std::move(reader));
  reader_returned_.notify_one();
}

ConnectionPool::Lease::Lease(ConnectionPool& p) : pool(p), reader(pool.take_reader()) {
  try {
    pool.enter_snapshot(reader);
  } catch (...) {
    pool.return_reader(std::move(reader));
    throw;
  }
}

ConnectionPool::Lease::~Lease() {
  reader.connection->reset_busy_statements();
  const bool failed = std::uncaught_exceptions() > exceptions;
  if (reader.in_snapshot && (failed || !pool.may_keep(reader, Clock::now()))) {
    leave_snapshot(reader);
  }
  pool.return_reader(std::move(reader));
}

}  // namespace moviedb::store::sqlite
