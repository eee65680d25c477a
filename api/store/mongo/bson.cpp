#include "store/mongo/bson.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <stdexcept>

namespace moviedb::store::mongo {

namespace {

int length(std::string_view key) { return static_cast<int>(key.size()); }

std::string to_json(const bson_t* doc) {
  std::size_t size = 0;
  char* text = bson_as_relaxed_extended_json(doc, &size);
  if (!text) return "{}";
  std::string out(text, size);
  bson_free(text);
  return out;
}

}  // namespace

Doc Doc::from_json(std::string_view json) {
  bson_error_t error;
  bson_t* parsed = bson_new_from_json(reinterpret_cast<const std::uint8_t*>(json.data()),
                                      static_cast<ssize_t>(json.size()), &error);
  if (!parsed) throw std::invalid_argument(std::string("bad extended JSON: ") + error.message);
  return Doc(parsed);
}

std::string Doc::json() const { return to_json(doc_); }

Doc& Doc::str(std::string_view key, std::string_view value) {
  bson_append_utf8(get(), key.data(), length(key), value.data(), static_cast<int>(value.size()));
  return *this;
}

Doc& Doc::i32(std::string_view key, std::int32_t value) {
  bson_append_int32(get(), key.data(), length(key), value);
  return *this;
}

Doc& Doc::i64(std::string_view key, std::int64_t value) {
  bson_append_int64(get(), key.data(), length(key), value);
  return *this;
}

Doc& Doc::dbl(std::string_view key, double value) {
  bson_append_double(get(), key.data(), length(key), value);
  return *this;
}

Doc& Doc::boolean(std::string_view key, bool value) {
  bson_append_bool(get(), key.data(), length(key), value);
  return *this;
}

Doc& Doc::null(std::string_view key) {
  bson_append_null(get(), key.data(), length(key));
  return *this;
}

Doc& Doc::date(std::string_view key, std::chrono::system_clock::time_point at) {
  const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch());
  bson_append_date_time(get(), key.data(), length(key), ms.count());
  return *this;
}

Doc& Doc::date_ms(std::string_view key, std::int64_t ms_since_epoch) {
  bson_append_date_time(get(), key.data(), length(key), ms_since_epoch);
  return *this;
}

Doc& Doc::oid(std::string_view key, const bson_oid_t& value) {
  bson_append_oid(get(), key.data(), length(key), &value);
  return *this;
}

Doc& Doc::doc(std::string_view key, const Doc& value) { return doc(key, value.get()); }

Doc& Doc::doc(std::string_view key, const bson_t* value) {
  bson_append_document(get(), key.data(), length(key), value);
  return *this;
}

Doc& Doc::strings(std::string_view key, const std::vector<std::string>& values) {
  bson_t array;
  bson_append_array_begin(get(), key.data(), length(key), &array);
  char buffer[16];
  for (std::size_t i = 0; i < values.size(); ++i) {
    const char* index = nullptr;
    const auto n = bson_uint32_to_string(static_cast<std::uint32_t>(i), &index, buffer, sizeof buffer);
    bson_append_utf8(&array, index, static_cast<int>(n), values[i].data(),
                     static_cast<int>(values[i].size()));
  }
  bson_append_array_end(get(), &array);
  return *this;
}

Doc& Doc::docs(std::string_view key, const std::vector<Doc>& values) {
  bson_t array;
  bson_append_array_begin(get(), key.data(), length(key), &array);
  char buffer[16];
  for (std::size_t i = 0; i < values.size(); ++i) {
    const char* index = nullptr;
    const auto n = bson_uint32_to_string(static_cast<std::uint32_t>(i), &index, buffer, sizeof buffer);
    bson_append_document(&array, index, static_cast<int>(n), values[i].get());
  }
  bson_append_array_end(get(), &array);
  return *this;
}

Doc& Doc::value(std::string_view key, const bson_value_t& value) {
  bson_append_value(get(), key.data(), length(key), &value);
  return *this;
}

bool View::find(std::string_view key, bson_iter_t& iter) const {
  if (!doc_) return false;
  if (key.find('.') != std::string_view::npos) {
    const std::string dotted(key);
    bson_iter_t top;
    return bson_iter_init(&top, doc_) && bson_iter_find_descendant(&top, dotted.c_str(), &iter);
  }
  return bson_iter_init_find_w_len(&iter, doc_, key.data(), length(key));
}

bool View::has(std::string_view key) const {
  bson_iter_t iter;
  return find(key, iter);
}

std::optional<std::string> View::opt_str(std::string_view key) const {
  bson_iter_t iter;
  if (!find(key, iter) || !BSON_ITER_HOLDS_UTF8(&iter)) return std::nullopt;
  std::uint32_t size = 0;
  const char* text = bson_iter_utf8(&iter, &size);
  return std::string(text, size);
}

std::string View::str(std::string_view key, std::string_view fallback) const {
  auto value = opt_str(key);
  return value ? std::move(*value) : std::string(fallback);
}

std::optional<std::int64_t> View::opt_i64(std::string_view key) const {
  bson_iter_t iter;
  if (!find(key, iter)) return std::nullopt;
  if (BSON_ITER_HOLDS_INT32(&iter)) return bson_iter_int32(&iter);
  if (BSON_ITER_HOLDS_INT64(&iter)) return bson_iter_int64(&iter);
  if (BSON_ITER_HOLDS_DOUBLE(&iter)) {
    const double value = bson_iter_double(&iter);
    if (std::isfinite(value)) return static_cast<std::int64_t>(std::llround(value));
  }
  return std::nullopt;
}

std::optional<double> View::opt_dbl(std::string_view key) const {
  bson_iter_t iter;
  if (!find(key, iter)) return std::nullopt;
  if (BSON_ITER_HOLDS_DOUBLE(&iter)) return bson_iter_double(&iter);
  if (BSON_ITER_HOLDS_INT32(&iter)) return bson_iter_int32(&iter);
  if (BSON_ITER_HOLDS_INT64(&iter)) return static_cast<double>(bson_iter_int64(&iter));
  return std::nullopt;
}

bool View::boolean(std::string_view key, bool fallback) const {
  bson_iter_t iter;
  if (!find(key, iter)) return fallback;
  if (BSON_ITER_HOLDS_BOOL(&iter)) return bson_iter_bool(&iter);
  if (BSON_ITER_HOLDS_NUMBER(&iter)) return bson_iter_as_int64(&iter) != 0;
  return fallback;
}

std::vector<std::string> View::strings(std::string_view key) const {
  std::vector<std::string> out;
  bson_iter_t iter, child;
  if (!find(key, iter) || !BSON_ITER_HOLDS_ARRAY(&iter) || !bson_iter_recurse(&iter, &child)) {
    return out;
  }
  while (bson_iter_next(&child)) {
    if (!BSON_ITER_HOLDS_UTF8(&child)) continue;
    std::uint32_t size = 0;
    const char* text = bson_iter_utf8(&child, &size);
    out.emplace_back(text, size);
  }
  return out;
}

Doc View::sub(std::string_view key) const {
  bson_iter_t iter;
  if (!find(key, iter) || !(BSON_ITER_HOLDS_DOCUMENT(&iter) || BSON_ITER_HOLDS_ARRAY(&iter))) {
    return Doc();
  }
  std::uint32_t size = 0;
  const std::uint8_t* data = nullptr;
  if (BSON_ITER_HOLDS_DOCUMENT(&iter)) {
    bson_iter_document(&iter, &size, &data);
  } else {
    bson_iter_array(&iter, &size, &data);
  }
  bson_t inner;
  if (!bson_init_static(&inner, data, size)) return Doc();
  return Doc::copy_of(&inner);
}

std::vector<Doc> View::docs(std::string_view key) const {
  std::vector<Doc> out;
  bson_iter_t iter, child;
  if (!find(key, iter) || !BSON_ITER_HOLDS_ARRAY(&iter) || !bson_iter_recurse(&iter, &child)) {
    return out;
  }
  while (bson_iter_next(&child)) {
    if (!BSON_ITER_HOLDS_DOCUMENT(&child)) continue;
    std::uint32_t size = 0;
    const std::uint8_t* data = nullptr;
    bson_iter_document(&child, &size, &data);
    bson_t inner;
    if (bson_init_static(&inner, data, size)) out.push_back(Doc::copy_of(&inner));
  }
  return out;
}

std::string View::json() const { return doc_ ? to_json(doc_) : "{}"; }

std::int64_t next_seq() {
  static std::atomic<std::int64_t> last{0};
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch())
                       .count() *
                   1000;
  auto seen = last.load();
  std::int64_t next;
  do {
    next = std::max(seen + 1, now);
  } while (!last.compare_exchange_weak(seen, next));
  return next;
}

}  // namespace moviedb::store::mongo
