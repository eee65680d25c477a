// The shard key arithmetic behind GET /admin/cluster/placement/{collection}/{id},
// against values MongoDB itself publishes. No server needed.
#include "store/mongo/shard_key.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace moviedb::test {

using namespace store::mongo;

namespace {

std::int64_t hash_of(const char* json, std::int32_t seed) {
  const auto doc = Doc::from_json(json);
  bson_iter_t it;
  EXPECT_TRUE(bson_iter_init_find(&it, doc.get(), "v"));
  return hashed_value(*bson_iter_value(&it), seed);
}

std::int64_t hash_of_double(double d) {
  bson_value_t v{};
  v.value_type = BSON_TYPE_DOUBLE;
  v.value.v_double = d;
  return hashed_value(v, 1);
}

}  // namespace

// jstests/core/hashing/hash_bson_element.js (seed 1) and the startup check in
// src/mongo/db/hasher.cpp ({check: 42}, seed 0).
TEST(ShardKey, HashesAsMongoDBDoes) {
  EXPECT_EQ(hash_of(R"({"v": "hashthis"})", 1), 6271151123721111923LL);
  EXPECT_EQ(hash_of(R"({"v": 42})", 0), -944302157085130861LL);
  const std::int64_t of_zero = 5574369198691456941LL;
  EXPECT_EQ(hash_of(R"({"v": 0})", 1), of_zero);
  EXPECT_EQ(hash_of(R"({"v": {"$numberLong": "0"}})", 1), of_zero);
  EXPECT_EQ(hash_of_double(std::nan("")), of_zero);
  const std::int64_t of_lowest = 5744114172487291558LL, of_max = 1136124329541638701LL;
  EXPECT_EQ(hash_of_double(std::pow(2.0, 63)), of_lowest);
  EXPECT_EQ(hash_of_double(std::pow(2.0, 63) + std::pow(2.0, 11)), of_max);
  EXPECT_EQ(hash_of_double(std::numeric_limits<double>::infinity()), of_max);
  EXPECT_EQ(hash_of_double(-std::numeric_limits<double>::infinity()), of_lowest);
  EXPECT_EQ(hash_of_double(std::pow(2.0, 63) - std::pow(2.0, 10)), -3954856262017896439LL);
  EXPECT_EQ(hash_of_double(-(std::pow(2.0, 63) - std::pow(2.0, 10))), -1762411739488908479LL);
}

TEST(ShardKey, RefusesWhatItDoesNotHash) {
  EXPECT_THROW(hash_of(R"({"v": {"a": 1}})", 0), std::invalid_argument);
}

TEST(ShardKey, HashedFieldsAreHashedAndMissingOnesAreNull) {
  const auto doc = Doc::from_json(R"({"_id": "hashthis", "year": 1999})");
  const auto key = shard_key_of(doc.view(), Doc::from_json(R"({"_id": "hashed"})").view());
  EXPECT_EQ(key.view().i64("_id"), hash_of(R"({"v": "hashthis"})", 0));
  const auto ranged =
      shard_key_of(doc.view(), Doc::from_json(R"({"year": 1, "movie_id": 1})").view());
  EXPECT_EQ(ranged.json(), R"({ "year" : 1999, "movie_id" : null })");
}

// Chunk bounds as MongoDB writes them: MinKey and MaxKey at the ends (which
// FerretDB cannot store, so only this test shows them), min inclusive, max
// exclusive; types ordered by rank, numbers by value across widths.
TEST(ShardKey, ChunksHoldTheirMinAndNotTheirMax) {
  const auto min_key = Doc::from_json(R"({"k": {"$minKey": 1}})");
  const auto max_key = Doc::from_json(R"({"k": {"$maxKey": 1}})");
  const auto zero = Doc::from_json(R"({"k": {"$numberLong": "0"}})");
  auto key = [](const char* json) { return Doc::from_json(json); };
  EXPECT_TRUE(chunk_holds(key(R"({"k": -5})").view(), min_key.view(), zero.view()));
  EXPECT_FALSE(chunk_holds(key(R"({"k": 0})").view(), min_key.view(), zero.view()));
  EXPECT_TRUE(chunk_holds(key(R"({"k": 0.0})").view(), zero.view(), max_key.view()));
  EXPECT_TRUE(chunk_holds(key(R"({"k": "tt0111161"})").view(), zero.view(), max_key.view()));
  EXPECT_TRUE(chunk_holds(key(R"({"k": null})").view(), min_key.view(), zero.view()));
  const auto lo = key(R"({"k": "tt05"})"), hi = key(R"({"k": "tt0500"})");
  EXPECT_TRUE(chunk_holds(key(R"({"k": "tt05"})").view(), lo.view(), hi.view()));
  EXPECT_TRUE(chunk_holds(key(R"({"k": "tt050"})").view(), lo.view(), hi.view()));
  EXPECT_FALSE(chunk_holds(key(R"({"k": "tt0499"})").view(), lo.view(), hi.view()));
  EXPECT_FALSE(chunk_holds(key(R"({"k": "tt0500"})").view(), lo.view(), hi.view()));
  EXPECT_FALSE(chunk_holds(key(R"({"k": "tt0"})").view(), lo.view(), hi.view()));
  // Compound keys: the second field decides only when the first ties.
  const auto cmin = key(R"({"u": "b", "m": "m5"})"), cmax = key(R"({"u": "c", "m": "m1"})");
  EXPECT_TRUE(chunk_holds(key(R"({"u": "b", "m": "m7"})").view(), cmin.view(), cmax.view()));
  EXPECT_FALSE(chunk_holds(key(R"({"u": "b", "m": "m1"})").view(), cmin.view(), cmax.view()));
  EXPECT_TRUE(chunk_holds(key(R"({"u": "bz", "m": "a"})").view(), cmin.view(), cmax.view()));
}

}  // namespace moviedb::test
