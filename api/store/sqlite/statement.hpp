#pragma once
// A prepared statement owned by its connection's cache. Binding is by position
// (1-based, as SQLite counts); columns are read by index (0-based).
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace moviedb::store::sqlite {

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // Heap bytes SQLite holds for the prepared program.
  std::size_t memory_used() const;
  // Clears bindings and rewinds, so a cached statement starts fresh.
  Statement& reset();
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t number);
  Statement& bind(int index, int number) { return bind(index, static_cast<std::int64_t>(number)); }
  Statement& bind(int index, double number);
  Statement& bind(int index, bool flag) { return bind(index, std::int64_t{flag ? 1 : 0}); }
  Statement& bind_null(int index);
  template <class T>
  Statement& bind(int index, const std::optional<T>& value) {
    return value ? bind(index, *value) : bind_null(index);
  }

  // True while a row is available; throws StoreConflict on a constraint and
  // StoreUnavailable on I/O or locking failures.
  bool step();
  // Runs to completion; the number of rows changed.
  int run();

  bool is_null(int column) const;
  std::int64_t int64(int column) const;
  double real(int column) const;
  std::string text(int column) const;
  std::optional<std::int64_t> opt_int64(int column) const;
  std::optional<double> opt_real(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Throws the store exception that fits a SQLite result code.
[[noreturn]] void throw_sqlite_error(sqlite3* db, int rc, std::string_view context);

}  // namespace moviedb::store::sqlite
