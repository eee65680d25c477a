#pragma once
#include <mutex>
#include <string>

#include "store/sqlite/connection.hpp"
#include "store/store.hpp"

namespace moviedb::store::sqlite {

class SqliteStore final : public Store {
 public:
  explicit SqliteStore(std::string path);
  std::string_view adapter() const override { return "sqlite"; }
  void ping() override;

 private:
  std::string path_;
  std::mutex mutex_;
  Connection connection_;
};

}  // namespace moviedb::store::sqlite
