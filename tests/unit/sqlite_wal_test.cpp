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
