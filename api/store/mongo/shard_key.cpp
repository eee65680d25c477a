#include "store/mongo/shard_key.hpp"

#include <openssl/evp.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <stdexcept>
#include <string>

namespace moviedb::store::mongo {
namespace {

// canonicalizeBSONType (src/mongo/bson/bsontypes.h): the sort rank of a type;
// types of one rank compare by value (all numbers share one).
int canonical_type(bson_type_t type) {
  switch (type) {
    case BSON_TYPE_MINKEY:
      return -1;
    case BSON_TYPE_EOD:
    case BSON_TYPE_UNDEFINED:
      return 0;
    case BSON_TYPE_NULL:
      return 5;
    case BSON_TYPE_DECIMAL128:
    case BSON_TYPE_DOUBLE:
    case BSON_TYPE_INT32:
    case BSON_TYPE_INT64:
      return 10;
    case BSON_TYPE_UTF8:
    case BSON_TYPE_SYMBOL:
      return 15;
    case BSON_TYPE_DOCUMENT:
      return 20;
    case BSON_TYPE_ARRAY:
      return 25;
    case BSON_TYPE_BINARY:
      return 30;
    case BSON_TYPE_OID:
      return 35;
    case BSON_TYPE_BOOL:
      return 40;
    case BSON_TYPE_DATE_TIME:
      return 45;
    case BSON_TYPE_TIMESTAMP:
      return 47;
    case BSON_TYPE_REGEX:
      return 50;
    case BSON_TYPE_DBPOINTER:
      return 55;
    case BSON_TYPE_CODE:
      return 60;
    case BSON_TYPE_CODEWSCOPE:
      return 65;
    case BSON_TYPE_MAXKEY:
      return 127;
  }
  throw std::invalid_argument("not a BSON type");
}

// BSONElement::safeNumberLongForHash (src/mongo/bson/bsonelement.cpp): NaN
// hashes as 0, doubles beyond the int64 range clamp, and 2^63 itself keeps
// its historical value, the lowest int64 (SERVER-37183).
std::int64_t number_for_hash(const bson_value_t& v) {
  if (v.value_type == BSON_TYPE_INT32) return v.value.v_int32;
  if (v.value_type == BSON_TYPE_INT64) return v.value.v_int64;
  const double d = v.value.v_double;
  constexpr double two_63 = 9223372036854775808.0;
  if (std::isnan(d)) return 0;
  if (d == two_63) return std::numeric_limits<std::int64_t>::min();
  if (d > two_63) return std::numeric_limits<std::int64_t>::max();
  if (d < -two_63) return std::numeric_limits<std::int64_t>::min();
  return static_cast<std::int64_t>(d);
}

template <class T>
void append_le(std::string& out, T value) {
  for (std::size_t i = 0; i < sizeof(T); ++i) {
    out.push_back(static_cast<char>((static_cast<std::uint64_t>(value) >> (8 * i)) & 0xff));
  }
}

// The value's bytes as BSON stores them (BSONElement::value()/valuesize()).
void append_value_bytes(std::string& out, const bson_value_t& v) {
  switch (v.value_type) {
    case BSON_TYPE_UTF8:
      append_le<std::int32_t>(out, static_cast<std::int32_t>(v.value.v_utf8.len + 1));
      out.append(v.value.v_utf8.str, v.value.v_utf8.len);
      out.push_back('\0');
      return;
    case BSON_TYPE_OID:
      out.append(reinterpret_cast<const char*>(v.value.v_oid.bytes), 12);
      return;
    case BSON_TYPE_BOOL:
      out.push_back(v.value.v_bool ? 1 : 0);
      return;
    case BSON_TYPE_DATE_TIME:
      append_le<std::int64_t>(out, v.value.v_datetime);
      return;
    case BSON_TYPE_NULL:
    case BSON_TYPE_MINKEY:
    case BSON_TYPE_MAXKEY:
      return;
    default:
      throw std::invalid_argument("a shard key value of BSON type " +
                                  std::to_string(static_cast<int>(v.value_type)) +
                                  " is not hashed here");
  }
}

bool is_number(bson_type_t t) {
  return t == BSON_TYPE_INT32 || t == BSON_TYPE_INT64 || t == BSON_TYPE_DOUBLE;
}

template <class T>
int three_way(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

// Numbers compare by value whatever their width; NaN sorts below every
// other number (compareElementValues, NumberDouble case).
int compare_numbers(const bson_value_t& a, const bson_value_t& b) {
  auto as_long_double = [](const bson_value_t& v) -> long double {
    if (v.value_type == BSON_TYPE_INT32) return v.value.v_int32;
    if (v.value_type == BSON_TYPE_INT64) return static_cast<long double>(v.value.v_int64);
    return v.value.v_double;
  };
  const long double x = as_long_double(a), y = as_long_double(b);
  if (std::isnan(x) || std::isnan(y)) return three_way(!std::isnan(x), !std::isnan(y));
  return three_way(x, y);
}

int compare_bytes(const char* a, std::size_t a_len, const char* b, std::size_t b_len) {
  const int c = std::memcmp(a, b, std::min(a_len, b_len));
  return c != 0 ? (c < 0 ? -1 : 1) : three_way(a_len, b_len);
}

bool iter_value(View doc, const char* key, bson_iter_t& iter) {
  return bson_iter_init_find(&iter, doc.get(), key);
}

}  // namespace

std::int64_t hashed_value(const bson_value_t& value, std::int32_t seed) {
  std::string input;
  append_le<std::int32_t>(input, seed);
  append_le<std::int32_t>(input, canonical_type(value.value_type));
  if (is_number(value.value_type)) {
    append_le<std::int64_t>(input, number_for_hash(value));
  } else {
    append_value_bytes(input, value);
  }
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(input.data(), input.size(), digest, &length, EVP_md5(), nullptr) != 1) {
    throw std::runtime_error("md5 unavailable");
  }
  std::uint64_t out = 0;
  for (int i = 7; i >= 0; --i) out = (out << 8) | digest[i];
  return static_cast<std::int64_t>(out);
}

Doc shard_key_of(View document, View pattern) {
  Doc key;
  bson_iter_t field;
  if (!bson_iter_init(&field, pattern.get())) return key;
  while (bson_iter_next(&field)) {
    const char* name = bson_iter_key(&field);
    const bool hashed =
        BSON_ITER_HOLDS_UTF8(&field) && std::strcmp(bson_iter_utf8(&field, nullptr), "hashed") == 0;
    bson_iter_t found;
    bson_value_t null_value{};
    null_value.value_type = BSON_TYPE_NULL;
    const bson_value_t& value =
        iter_value(document, name, found) ? *bson_iter_value(&found) : null_value;
    if (hashed) {
      key.i64(name, hashed_value(value));
    } else {
      key.value(name, value);
    }
  }
  return key;
}

int compare_values(const bson_value_t& a, const bson_value_t& b) {
  const int ranks = three_way(canonical_type(a.value_type), canonical_type(b.value_type));
  if (ranks != 0) return ranks;
  if (is_number(a.value_type) && is_number(b.value_type)) return compare_numbers(a, b);
  switch (a.value_type) {
    case BSON_TYPE_MINKEY:
    case BSON_TYPE_MAXKEY:
    case BSON_TYPE_NULL:
    case BSON_TYPE_UNDEFINED:
      return 0;
    case BSON_TYPE_UTF8:
      return compare_bytes(a.value.v_utf8.str, a.value.v_utf8.len, b.value.v_utf8.str,
                           b.value.v_utf8.len);
    case BSON_TYPE_OID:
      return compare_bytes(reinterpret_cast<const char*>(a.value.v_oid.bytes), 12,
                           reinterpret_cast<const char*>(b.value.v_oid.bytes), 12);
    case BSON_TYPE_BOOL:
      return three_way(a.value.v_bool, b.value.v_bool);
    case BSON_TYPE_DATE_TIME:
      return three_way(a.value.v_datetime, b.value.v_datetime);
    default:
      throw std::invalid_argument("shard key values of BSON type " +
                                  std::to_string(static_cast<int>(a.value_type)) +
                                  " are not compared here");
  }
}

bool chunk_holds(View key, View min, View max) {
  // Compares two key documents field by field in the key's order (chunk
  // bounds name the same fields as the key pattern).
  auto compare_keys = [](View left, View right) {
    bson_iter_t l, r;
    if (!bson_iter_init(&l, left.get()) || !bson_iter_init(&r, right.get())) {
      throw std::invalid_argument("not a shard key document");
    }
    while (true) {
      const bool more_l = bson_iter_next(&l), more_r = bson_iter_next(&r);
      if (!more_l || !more_r) return three_way(more_l, more_r);
      const int c = compare_values(*bson_iter_value(&l), *bson_iter_value(&r));
      if (c != 0) return c;
    }
  };
  return compare_keys(key, min) >= 0 && compare_keys(key, max) < 0;
}

}  // namespace moviedb::store::mongo
