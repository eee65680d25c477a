#pragma once
// Readers run in parallel on their own connections (WAL). Writes go through
// the single writer connection, as SQLite requires, on a thread of its own
// with group commit: while one transaction commits, the writes that arrive
// queue up, and the writer runs them all in the next transaction, so one
// commit (and its WAL writes) serves many requests; a failing write still
// fails alone. The writer thread stays on the CPU while writes keep coming:
// handing the lead from one caller to the next cost a wake-up per group, and
// the writer idled half the time. A thread of their own copies checkpoints.
// Only the writer can let the WAL start over (it must begin a transaction
// with every frame copied), so it completes a checkpoint between two groups,
// never inside a commit: when writes pause, or under a steady stream once the
// WAL has grown past kFinishAfterFrames. Each completion syncs twice and
// stalls every write (8-33 ms under load, bench/RESULTS.md), so a stream of
// writes pays for it rarely. Either way the checkpointer copies first (and
// syncs the pages each of its rounds copied), so that a completion waits only
// for the little left.
//
// While nothing is written, a reader keeps its snapshot from one work to the
// next: beginning and ending a read transaction took a mutex of SQLite's that
// the I/O threads fought over, a tenth of a movie page at 1M titles
// (bench/RESULTS.md). Any commit of the writer makes every kept snapshot
// stale before the write returns to its caller, so a read after a write sees
// it; the writer then ends the idle readers' ones, which would hold back the
// WAL's checkpoint and its start over.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <thread>
#include <type_traits>
#include <vector>

#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

class ConnectionPool {
 public:
  // The writer's page cache: a reaction or an edit touches a few pages, so
  // serving needs little; a bulk load maintains every index and wants more.
  static constexpr std::string_view kServingWriterCache = "PRAGMA cache_size=-16384";  // KiB
  static constexpr std::string_view kBulkWriterCache = "PRAGMA cache_size=-65536";
  // 512 MiB of 4 KiB frames. Readers look up only the frames not yet copied,
  // so a long WAL costs them nothing, but the file keeps its largest size
  // until the last connection closes.
  static constexpr std::int64_t kFinishAfterFrames = 131072;
  // The checkpointer goes round again at once until a round copies at most
  // this many frames: about what the writer then copies while writes wait.
  static constexpr std::int64_t kFinishTail = 1024;
  static constexpr int kRoundsAtOnce = 8;
  // Writes that pause this long count as paused.
  static constexpr std::chrono::milliseconds kWritesPaused{50};
  // Readers keep snapshots only once nothing has been committed for this
  // long (a checkpointer round, by when the WAL is mostly copied), and each
  // for at most kKeepSnapshotFor: how late a reader may see another
  // process's commit.
  static constexpr std::chrono::milliseconds kQuietFor{250};
  static constexpr std::chrono::milliseconds kKeepSnapshotFor{50};

  ConnectionPool(std::string path, std::size_t max_readers);

  template <class F>
  auto read(F&& work) {
    Lease lease(*this);
    return work(*lease.reader.connection);
  }

  // Runs `work` on the writer inside a transaction; returns once that
  // transaction has committed. A throw rolls back `work` alone and reaches
  // the caller.
  template <class F>
  auto write(F&& work) {
    using Result = decltype(work(writer_));
    if constexpr (std::is_void_v<Result>) {
      run_in_group([&](Connection& db) { work(db); });
    } else {
      std::optional<Result> result;
      run_in_group([&](Connection& db) { result.emplace(work(db)); });
      return std::move(*result);
    }
  }

  // Whether another connection, that is another process (this one writes
  // only through the writer), committed since the last call, from the
  // writer's PRAGMA data_version. nullopt while the writer is busy.
  std::optional<bool> notice_foreign_commits();

 private:
  using Clock = std::chrono::steady_clock;
  // A reader connection, and the snapshot it is in, if any.
  struct Reader {
    std::unique_ptr<Connection> connection;
    bool in_snapshot = false;
    Clock::time_point began{};
  };
  // A reader inside its snapshot (a kept one or a new one) for one work.
  struct Lease {
    explicit Lease(ConnectionPool& pool);
    ~Lease();
    ConnectionPool& pool;
    Reader reader;
    int exceptions = std::uncaught_exceptions();
  };
  // Owned by the queue, then by the writer: the caller waits on its future,
  // so it may return before the writer has let go of the promise.
  struct PendingWrite {
    const std::function<void(Connection&)>* work;
    std::exception_ptr error;
    std::promise<void> done;
  };
  using Group = std::vector<std::unique_ptr<PendingWrite>>;

  void run_in_group(const std::function<void(Connection&)>& work);
  void writer_loop(std::stop_token stop);
  // The next group, or nothing once writes have paused (or the pool stops).
  Group next_group(std::stop_token stop);
  static int on_commit(void* pool, sqlite3* db, const char* name, int frames);
  // Writes paused: completes the checkpoint, once the checkpointer has
  // copied what it had not (off every write's path).
  void on_writes_paused();
  void finish_checkpoint();
  void commit_group(const Group& group);
  std::exception_ptr run_together(std::span<const std::unique_ptr<PendingWrite>> group);
  void checkpoint_loop(std::stop_token stop);
  // Something was committed: no snapshot is kept for kQuietFor from now.
  void note_change();
  bool may_keep(const Reader& reader, Clock::time_point now) const;
  Reader take_reader();
  void return_reader(Reader reader);
  void enter_snapshot(Reader& reader);
  static void leave_snapshot(Reader& reader);
  // Ends the snapshots that idle readers may keep no longer.
  void end_stale_snapshots();

  std::string path_;
  std::size_t max_readers_;
  std::mutex writer_mutex_;  // held while the writer connection is in use
  Connection writer_;

  std::mutex queue_mutex_;
  std::condition_variable_any queue_filled_;
  Group queue_;

  std::mutex readers_mutex_;
  std::condition_variable reader_returned_;
  std::vector<Reader> idle_readers_;
  std::size_t open_readers_ = 0;
  std::atomic<std::size_t> idle_in_snapshot_ = 0;  // changed under readers_mutex_

  // The last commit seen, ours or another process's, since Clock's epoch.
  std::atomic<Clock::rep> last_change_ = 0;
  std::int64_t foreign_data_version_ = 0;  // under writer_mutex_

  std::atomic<bool> checkpoint_pending_ = false;  // the writer finishes it
  std::int64_t wal_frames_ = 0;                   // writer thread only (wal hook)
  // The checkpointer's rounds (tried) and the frames copied by the last one;
  // the writer asks for one when writes pause.
  std::atomic<std::uint64_t> rounds_ = 0;
  std::atomic<std::int64_t> copied_frames_ = 0;
  std::atomic<bool> round_asked_ = false;
  struct Asked {  // writer thread only
    bool pending = false;
    std::uint64_t rounds = 0;
    std::int64_t copied = 0;
  } asked_;
  std::mutex checkpoint_mutex_;
  std::condition_variable_any checkpoint_wakeup_;
  // Last: stopped and joined before the connections close.
  std::jthread writer_thread_;
  std::jthread checkpointer_;
};

}  // namespace moviedb::store::sqlite
