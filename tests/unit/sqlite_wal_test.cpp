// The writer lets the WAL start over once writes pause, so a quiet server
// keeps a short WAL without any write waiting for a checkpoint's syncs.
#include <gtest/gtest.h>

#include <thread>

#include "store/sqlite/connection_pool.hpp"
#include "support/temp_dir.hpp"

using moviedb::store::sqlite::Connection;
using moviedb::store::sqlite::ConnectionPool;
using moviedb::test::TempDir;

namespace {

// Frames in the WAL now, read on a connection of its own as another process
// would. Its checkpoint copies them too, which lets the writer start the WAL
// over: so it is asked once, at the end.
std::int64_t wal_frames(const std::string& path) {
  return Connection(path).checkpoint().frames;
}

void insert(ConnectionPool& pool, std::int64_t n) {
  pool.write([&](Connection& db) { db.prepare("INSERT INTO t VALUES (?1)").bind(1, n).run(); });
}

}  // namespace

TEST(SqliteWal, StartsOverOnceWritesPause) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  ConnectionPool pool(path, 2);
  pool.write([](Connection& db) { db.exec("CREATE TABLE t (n INTEGER)"); });
  for (std::int64_t n = 0; n < 40; ++n) insert(pool, n);  // a commit, and a frame, each

  // Longer than kWritesPaused, shorter than the checkpointer's round.
  std::this_thread::sleep_for(ConnectionPool::kWritesPaused * 3);
  insert(pool, 40);
  EXPECT_LE(wal_frames(path), 2) << "the write after the pause should begin a new WAL";
}

// After a stream of writes, more is left than the writer copies while writes
// wait: the checkpointer copies it first, and the WAL still starts over.
TEST(SqliteWal, StartsOverWhenWritesPauseWithMuchLeftToCopy) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  ConnectionPool pool(path, 2);
  pool.write([](Connection& db) { db.exec("CREATE TABLE b (data BLOB)"); });
  const auto frames = ConnectionPool::kFinishTail * 4;
  for (std::int64_t written = 0; written < frames; written += 16) {  // 64 KiB: 16 pages
    pool.write([](Connection& db) { db.exec("INSERT INTO b VALUES (zeroblob(65536))"); });
  }

  // A pause, the checkpointer's round, and another pause.
  std::this_thread::sleep_for(ConnectionPool::kWritesPaused * 8);
  pool.write([](Connection& db) { db.exec("INSERT INTO b VALUES (1)"); });
  EXPECT_LE(wal_frames(path), 2) << "the write after the pause should begin a new WAL";
}

namespace {

std::int64_t count(ConnectionPool& pool) {
  return pool.read([](Connection& db) {
    auto& rows = db.prepare("SELECT count(*) FROM t");
    rows.step();
    return rows.int64(0);
  });
}

// Quiet long enough that readers keep their snapshots from one read to the next.
ConnectionPool& quiet(ConnectionPool& pool) {
  std::this_thread::sleep_for(ConnectionPool::kQuietFor + std::chrono::milliseconds(30));
  return pool;
}

}  // namespace

TEST(SqliteWal, AReadAfterAWriteSeesItThoughReadersKeepTheirSnapshots) {
  TempDir dir;
  ConnectionPool pool((dir.path() / "db.sqlite3").string(), 2);
  pool.write([](Connection& db) { db.exec("CREATE TABLE t (n INTEGER)"); });
  insert(pool, 1);
  EXPECT_EQ(count(quiet(pool)), 1);
  EXPECT_EQ(count(pool), 1);
  insert(pool, 2);
  EXPECT_EQ(count(pool), 2);
  insert(pool, 3);
  EXPECT_EQ(count(pool), 3);
}

TEST(SqliteWal, AnotherProcessesCommitIsSeenWithinTheKeptSnapshotsBound) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  ConnectionPool pool(path, 2);
  pool.write([](Connection& db) { db.exec("CREATE TABLE t (n INTEGER)"); });
  insert(pool, 1);
  const auto began = std::chrono::steady_clock::now();
  EXPECT_EQ(count(quiet(pool)), 1);
  Connection(path).exec("INSERT INTO t VALUES (2)");
  const auto seen = count(pool);
  if (std::chrono::steady_clock::now() - began <
      ConnectionPool::kQuietFor + ConnectionPool::kKeepSnapshotFor) {
    EXPECT_EQ(seen, 1) << "a read this soon keeps the snapshot of the read before";
  }
  std::this_thread::sleep_for(ConnectionPool::kKeepSnapshotFor);
  EXPECT_EQ(count(pool), 2);
}

TEST(SqliteWal, KeptSnapshotsDoNotHoldTheWalBack) {
  TempDir dir;
  const auto path = (dir.path() / "db.sqlite3").string();
  ConnectionPool pool(path, 2);
  pool.write([](Connection& db) { db.exec("CREATE TABLE t (n INTEGER)"); });
  for (std::int64_t n = 0; n < 40; ++n) insert(pool, n);
  // Both readers keep a snapshot, idle in the pool.
  quiet(pool).read([&](Connection& db) {
    db.prepare("SELECT count(*) FROM t").step();
    return count(pool);
  });
  for (std::int64_t n = 0; n < 40; ++n) insert(pool, n);

  std::this_thread::sleep_for(ConnectionPool::kWritesPaused * 3);
  insert(pool, 40);
  EXPECT_LE(wal_frames(path), 2) << "the write after the pause should begin a new WAL";
}
