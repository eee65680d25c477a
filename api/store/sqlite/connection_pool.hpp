#pragma once
// Readers run in parallel on their own connections (WAL); writes go through
// the single writer connection, one transaction at a time, as SQLite requires.
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

class ConnectionPool {
 public:
  ConnectionPool(std::string path, std::size_t max_readers);

  template <class F>
  auto read(F&& work) {
    Lease lease(*this);
    return work(*lease.connection);
  }

  // Runs `work` inside one write transaction, committed when it returns.
  template <class F>
  auto write(F&& work) {
    std::lock_guard lock(writer_mutex_);
    Transaction transaction(writer_);
    if constexpr (std::is_void_v<decltype(work(writer_))>) {
      work(writer_);
      writer_.reset_busy_statements();
      transaction.commit();
    } else {
      auto result = work(writer_);
      writer_.reset_busy_statements();
      transaction.commit();
      return result;
    }
  }

 private:
  struct Lease {
    explicit Lease(ConnectionPool& pool);
    ~Lease();
    ConnectionPool& pool;
    std::unique_ptr<Connection> connection;
  };

  std::string path_;
  std::size_t max_readers_;
  std::mutex writer_mutex_;
  Connection writer_;
  std::mutex readers_mutex_;
  std::condition_variable reader_returned_;
  std::vector<std::unique_ptr<Connection>> idle_readers_;
  std::size_t open_readers_ = 0;
};

}  // namespace moviedb::store::sqlite
