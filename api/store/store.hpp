#pragma once
// The storage interface every adapter implements (embedded SQLite, MongoDB).
// Thread-safety: every method may be called concurrently from the worker pool.
// Errors: StoreUnavailable when the backing store cannot be reached (→ 503);
// adapters never let driver types or SQL/BSON escape their folder.
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>

namespace moviedb::store {

class StoreUnavailable : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

class Store {
 public:
  virtual ~Store() = default;
  // "sqlite" or "mongodb".
  virtual std::string_view adapter() const = 0;
  // Proves the store answers a round trip; throws StoreUnavailable otherwise.
  virtual void ping() = 0;
};

// Opens the store a --store URI names (`sqlite:PATH` or `mongodb://…`).
// Throws std::invalid_argument for a URI no adapter understands.
std::unique_ptr<Store> open_store(std::string_view uri);

}  // namespace moviedb::store
