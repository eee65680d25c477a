#pragma once
// Which chunk holds a document, worked out the way mongos routes it: the
// document's shard key (hashed fields hashed as MongoDB hashes them) compared
// with each chunk's [min, max) in BSON order. Lets GET
// /admin/cluster/placement/{collection}/{id} name a shard from config.chunks
// alone, with no privileges on the shards themselves.
#include <bson/bson.h>

#include <cstdint>

#include "store/mongo/bson.hpp"

namespace moviedb::store::mongo {

// MongoDB's hash of one value (BSONElementHasher::hash64, src/mongo/db/hasher.cpp):
// the first 8 bytes, little-endian, of md5(seed ‖ canonical type ‖ value), numbers
// squashed to a 64-bit integer first. Hashed indexes and shard keys use seed 0.
// Throws std::invalid_argument for types no shard key of ours holds
// (documents, arrays, binary, regular expressions…).
std::int64_t hashed_value(const bson_value_t& value, std::int32_t seed = 0);

// The shard key of `document` under `pattern` ({field: 1 | "hashed", …}):
// top-level fields in the pattern's order, a missing field as null (as
// MongoDB stores documents without the key since 4.4), hashed fields as
// NumberLong(hashed_value(...)).
Doc shard_key_of(View document, View pattern);

// BSON comparison order (src/mongo/bson/bsonelement.cpp compareElements):
// canonical type first, then the value. Negative, zero or positive.
int compare_values(const bson_value_t& a, const bson_value_t& b);

// Whether min <= key < max, comparing the keys' fields in order, as a chunk's
// range is defined (config.chunks: min inclusive, max exclusive).
bool chunk_holds(View key, View min, View max);

}  // namespace moviedb::store::mongo
