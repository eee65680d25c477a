#include "store/sqlite/statement.hpp"

#include <sqlite3.h>

#include "store/store.hpp"

namespace moviedb::store::sqlite {

void throw_sqlite_error(sqlite3* db, int rc, std::string_view context) {
  const std::string message = std::string(context) + ": " + sqlite3_errmsg(db);
  const int primary = rc & 0xFF;
  if (primary == SQLITE_CONSTRAINT) throw StoreConflict(message);
  if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED || primary == SQLITE_IOERR ||
      primary == SQLITE_FULL || primary == SQLITE_CANTOPEN || primary == SQLITE_READONLY) {
    throw StoreUnavailable("SQLite " + message);
  }
  throw std::runtime_error("SQLite " + message);
}

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
  const int rc = sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr);
  if (rc != SQLITE_OK) throw_sqlite_error(db, rc, "prepare");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

std::size_t Statement::memory_used() const {
  return static_cast<std::size_t>(sqlite3_stmt_status(stmt_, SQLITE_STMTSTATUS_MEMUSED, 0));
}

Statement& Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
  return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
  // A default string_view has no data pointer, which SQLite would bind as NULL.
  const char* data = text.data() ? text.data() : "";
  sqlite3_bind_text(stmt_, index, data, static_cast<int>(text.size()), SQLITE_TRANSIENT);
  return *this;
}

Statement& Statement::bind(int index, std::int64_t number) {
  sqlite3_bind_int64(stmt_, index, number);
  return *this;
}

Statement& Statement::bind(int index, double number) {
  sqlite3_bind_double(stmt_, index, number);
  return *this;
}

Statement& Statement::bind_null(int index) {
  sqlite3_bind_null(stmt_, index);
  return *this;
}

bool Statement::step() {
  const int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  sqlite3_reset(stmt_);
  throw_sqlite_error(db_, rc, "step");
}

int Statement::run() {
  while (step()) {
  }
  return sqlite3_changes(db_);
}

bool Statement::is_null(int column) const {
  return sqlite3_column_type(stmt_, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }

double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }

std::string Statement::text(int column) const {
  const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  return data ? std::string(data, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)))
              : std::string();
}

std::optional<std::int64_t> Statement::opt_int64(int column) const {
  return is_null(column) ? std::nullopt : std::optional(int64(column));
}

std::optional<double> Statement::opt_real(int column) const {
  return is_null(column) ? std::nullopt : std::optional(real(column));
}

}  // namespace moviedb::store::sqlite
