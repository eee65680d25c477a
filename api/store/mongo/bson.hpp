#pragma once
// Owning and borrowing views of BSON documents (libbson), so no bson_t is ever
// leaked or destroyed twice. `Doc` owns a heap bson_t and builds it fluently;
// `View` reads a document someone else owns (a cursor's current document, a
// reply) and lives no longer than it. Only code in store/mongo sees these.
#include <bson/bson.h>

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace moviedb::store::mongo {

class View;

class Doc {
 public:
  Doc() : doc_(bson_new()) {}
  ~Doc() {
    if (doc_) bson_destroy(doc_);
  }
  Doc(Doc&& other) noexcept : doc_(other.doc_) { other.doc_ = bson_new(); }
  Doc& operator=(Doc&& other) noexcept {
    std::swap(doc_, other.doc_);
    return *this;
  }
  // Copies are deep (builders return Doc&, so `return Doc().str(…)` copies).
  Doc(const Doc& other) : doc_(bson_copy(other.doc_)) {}
  Doc& operator=(const Doc& other) {
    if (this != &other) {
      bson_t* copy = bson_copy(other.doc_);
      bson_destroy(doc_);
      doc_ = copy;
    }
    return *this;
  }
  static Doc copy_of(const bson_t* source) { return Doc(bson_copy(source)); }
  // Parses canonical or relaxed extended JSON (tests and fixed commands only).
  static Doc from_json(std::string_view json);

  bson_t* get() { return doc_; }
  const bson_t* get() const { return doc_; }
  bool empty() const { return bson_empty(doc_); }
  View view() const;
  // Relaxed extended JSON, for messages and logs.
  std::string json() const;

  Doc& str(std::string_view key, std::string_view value);
  Doc& i32(std::string_view key, std::int32_t value);
  Doc& i64(std::string_view key, std::int64_t value);
  Doc& dbl(std::string_view key, double value);
  Doc& boolean(std::string_view key, bool value);
  Doc& null(std::string_view key);
  Doc& date(std::string_view key, std::chrono::system_clock::time_point at);
  Doc& date_ms(std::string_view key, std::int64_t ms_since_epoch);  // any year, no overflow
  Doc& oid(std::string_view key, const bson_oid_t& value);
  Doc& doc(std::string_view key, const Doc& value);
  Doc& doc(std::string_view key, const bson_t* value);
  Doc& strings(std::string_view key, const std::vector<std::string>& values);
  Doc& docs(std::string_view key, const std::vector<Doc>& values);
  // Copies one element of another document under a new key.
  Doc& value(std::string_view key, const bson_value_t& value);
  template <class T>
  Doc& opt(std::string_view key, const std::optional<T>& value) {
    if (!value) return null(key);
    if constexpr (std::is_same_v<T, double>) {
      return dbl(key, *value);
    } else if constexpr (std::is_same_v<T, int>) {
      return i32(key, *value);
    } else {
      return i64(key, *value);
    }
  }

 private:
  explicit Doc(bson_t* adopted) : doc_(adopted) {}
  bson_t* doc_;  // owned, never null
};

// A read-only window on a document owned elsewhere. Absent keys and values of
// another type read as the given default, so old documents stay readable.
class View {
 public:
  explicit View(const bson_t* doc) : doc_(doc) {}
  const bson_t* get() const { return doc_; }
  bool has(std::string_view key) const;
  std::string str(std::string_view key, std::string_view fallback = {}) const;
  std::optional<std::string> opt_str(std::string_view key) const;
  // int32, int64 and (whole) doubles all read as integers.
  std::optional<std::int64_t> opt_i64(std::string_view key) const;
  std::int64_t i64(std::string_view key, std::int64_t fallback = 0) const {
    return opt_i64(key).value_or(fallback);
  }
  std::optional<double> opt_dbl(std::string_view key) const;
  double dbl(std::string_view key, double fallback = 0) const {
    return opt_dbl(key).value_or(fallback);
  }
  bool boolean(std::string_view key, bool fallback = false) const;
  std::vector<std::string> strings(std::string_view key) const;
  // A copy of an embedded document or array (empty when absent).
  Doc sub(std::string_view key) const;
  // Each embedded document of an array, copied.
  std::vector<Doc> docs(std::string_view key) const;
  std::string json() const;

 private:
  bool find(std::string_view key, bson_iter_t& iter) const;
  const bson_t* doc_;
};

inline View Doc::view() const { return View(doc_); }

// A number that grows with every call in this process and roughly with the
// wall clock across processes (milliseconds × 1000 + a counter): documents
// carry it as `seq` so ties in a sort keep insertion order, like SQLite's rowid.
std::int64_t next_seq();

}  // namespace moviedb::store::mongo
