#include "store/sqlite/connection_pool.hpp"

namespace moviedb::store::sqlite {

ConnectionPool::ConnectionPool(std::string path, std::size_t max_readers)
    : path_(std::move(path)), max_readers_(max_readers), writer_(path_) {
  // The writer alone gets a large page cache: imports and index upkeep live on it.
  writer_.exec("PRAGMA cache_size=-65536");
}

ConnectionPool::Lease::Lease(ConnectionPool& p) : pool(p) {
  std::unique_lock lock(pool.readers_mutex_);
  pool.reader_returned_.wait(lock, [&] {
    return !pool.idle_readers_.empty() || pool.open_readers_ < pool.max_readers_;
  });
  if (!pool.idle_readers_.empty()) {
    connection = std::move(pool.idle_readers_.back());
    pool.idle_readers_.pop_back();
    return;
  }
  ++pool.open_readers_;
  lock.unlock();
  try {
    connection = std::make_unique<Connection>(pool.path_);
  } catch (...) {
    std::lock_guard relock(pool.readers_mutex_);
    --pool.open_readers_;
    pool.reader_returned_.notify_one();
    throw;
  }
}

ConnectionPool::Lease::~Lease() {
  connection->reset_busy_statements();
  std::lock_guard lock(pool.readers_mutex_);
  pool.idle_readers_.push_back(std::move(connection));
  pool.reader_returned_.notify_one();
}

}  // namespace moviedb::store::sqlite
