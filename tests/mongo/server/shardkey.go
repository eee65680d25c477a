package main

// Shard keys as the server computes and orders them, for the catalogue's
// chunks: which chunk, and so which shard, holds a document. Only the types
// a shard key of this project can hold are handled; any other is an error,
// never a guess.

import (
	"bytes"
	"cmp"
	"crypto/md5"
	"encoding/binary"
	"fmt"
	"math"

	"go.mongodb.org/mongo-driver/bson/bsontype"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

// canonicalType is canonicalizeBSONType (src/mongo/bson/bsontypes.h): the
// sort rank of a type; all numbers share one.
func canonicalType(t bsontype.Type) (int32, error) {
	switch t {
	case bsontype.MinKey:
		return -1, nil
	case bsontype.Null:
		return 5, nil
	case bsontype.Double, bsontype.Int32, bsontype.Int64:
		return 10, nil
	case bsontype.String:
		return 15, nil
	case bsontype.ObjectID:
		return 35, nil
	case bsontype.Boolean:
		return 40, nil
	case bsontype.DateTime:
		return 45, nil
	case bsontype.MaxKey:
		return 127, nil
	}
	return 0, fmt.Errorf("a shard key value of BSON type %s is not simulated", t)
}

func isNumber(t bsontype.Type) bool {
	return t == bsontype.Double || t == bsontype.Int32 || t == bsontype.Int64
}

// numberForHash is BSONElement::safeNumberLongForHash
// (src/mongo/bson/bsonelement.cpp): NaN hashes as 0, doubles beyond the
// int64 range clamp, and 2^63 keeps its historical value, the lowest int64.
func numberForHash(v bsoncore.Value) int64 {
	switch v.Type {
	case bsontype.Int32:
		return int64(v.Int32())
	case bsontype.Int64:
		return v.Int64()
	}
	d := v.Double()
	const two63 = 9223372036854775808.0
	switch {
	case math.IsNaN(d):
		return 0
	case d >= two63:
		if d == two63 {
			return math.MinInt64
		}
		return math.MaxInt64
	case d < -two63:
		return math.MinInt64
	}
	return int64(d)
}

// hashedValue is BSONElementHasher::hash64 with seed 0
// (src/mongo/db/hasher.cpp): the first 8 bytes, little-endian, of the MD5 of
// the seed, the canonical type, and the number as an int64 or else the
// value's bytes as BSON stores them.
func hashedValue(v bsoncore.Value) (int64, error) {
	rank, err := canonicalType(v.Type)
	if err != nil {
		return 0, err
	}
	input := binary.LittleEndian.AppendUint32(make([]byte, 4), uint32(rank))
	if isNumber(v.Type) {
		input = binary.LittleEndian.AppendUint64(input, uint64(numberForHash(v)))
	} else {
		input = append(input, v.Data...)
	}
	sum := md5.Sum(input)
	return int64(binary.LittleEndian.Uint64(sum[:8])), nil
}

// compareValues orders two key values as compareElementValues
// (src/mongo/bson/bsonelement.cpp) does under the simple collation: by
// canonical type, then numbers by value (NaN lowest), strings by their
// bytes, the rest by their BSON bytes.
func compareValues(a, b bsoncore.Value) (int, error) {
	ra, err := canonicalType(a.Type)
	if err != nil {
		return 0, err
	}
	rb, err := canonicalType(b.Type)
	if err != nil {
		return 0, err
	}
	switch {
	case ra != rb:
		return cmp.Compare(ra, rb), nil
	case isNumber(a.Type):
		return compareNumbers(a, b), nil
	case a.Type == bsontype.String:
		return bytes.Compare([]byte(a.StringValue()), []byte(b.StringValue())), nil
	case a.Type == bsontype.DateTime:
		return cmp.Compare(a.DateTime(), b.DateTime()), nil
	}
	return bytes.Compare(a.Data, b.Data), nil // null, MinKey, MaxKey: empty; ObjectID, bool: bytes
}

// compareNumbers compares without subtracting, which overflows at the ends
// of the int64 range that hashed chunks span; cmp.Compare puts NaN below
// every other number, as the server does.
func compareNumbers(a, b bsoncore.Value) int {
	if a.Type != bsontype.Double && b.Type != bsontype.Double {
		x, _ := a.AsInt64OK()
		y, _ := b.AsInt64OK()
		return cmp.Compare(x, y)
	}
	return cmp.Compare(asFloat(a), asFloat(b))
}

func asFloat(v bsoncore.Value) float64 {
	switch v.Type {
	case bsontype.Int32:
		return float64(v.Int32())
	case bsontype.Int64:
		return float64(v.Int64())
	}
	return v.Double()
}

// shardKeyOf extracts a document's shard key under pattern ({field: 1} or
// {field: "hashed"}, top-level fields): a missing field counts as null, as
// the server reads it.
func shardKeyOf(doc, pattern bsoncore.Document) ([]bsoncore.Value, error) {
	fields, err := pattern.Elements()
	if err != nil {
		return nil, err
	}
	key := make([]bsoncore.Value, 0, len(fields))
	for _, field := range fields {
		if bytes.ContainsRune([]byte(field.Key()), '.') {
			return nil, fmt.Errorf("the dotted shard key field %q is not simulated", field.Key())
		}
		value, err := doc.LookupErr(field.Key())
		if err != nil {
			value = bsoncore.Value{Type: bsontype.Null}
		}
		if kind := field.Value(); kind.Type == bsontype.String && kind.StringValue() == "hashed" {
			h, err := hashedValue(value)
			if err != nil {
				return nil, err
			}
			value = bsoncore.Value{Type: bsontype.Int64, Data: bsoncore.AppendInt64(nil, h)}
		}
		key = append(key, value)
	}
	return key, nil
}

// compareKey orders a key against a chunk bound ({field: value, ...} in the
// pattern's order), field by field.
func compareKey(key []bsoncore.Value, bound bsoncore.Document) (int, error) {
	values, err := bound.Values()
	if err != nil {
		return 0, err
	}
	if len(values) != len(key) {
		return 0, fmt.Errorf("a chunk bound of %d fields for a key of %d", len(values), len(key))
	}
	for i, value := range values {
		if c, err := compareValues(key[i], value); err != nil || c != 0 {
			return c, err
		}
	}
	return 0, nil
}

// chunkShard names the shard of the chunk whose [min, max) holds key.
func chunkShard(key []bsoncore.Value, chunks []bsoncore.Document) (string, error) {
	for _, chunk := range chunks {
		low, err := compareKey(key, lookupDoc(chunk, "min"))
		if err != nil {
			return "", err
		}
		high, err := compareKey(key, lookupDoc(chunk, "max"))
		if err != nil {
			return "", err
		}
		if low >= 0 && high < 0 {
			return lookupString(chunk, "shard"), nil
		}
	}
	return "", fmt.Errorf("no chunk of the catalogue holds the shard key %v: a real cluster's chunks cover every key", key)
}
