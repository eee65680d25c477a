package main

// $collStats through a mongos, as the manual's $collStats page describes a
// sharded cluster's answer: every output document names its shard; an
// unsharded collection answers once, from its database's primary shard; a
// sharded one once per shard that owns chunks of it (the aggregation is
// routed by the collection's routing table). One storage holds all the data
// here, so the documents of a sharded collection are counted by the chunk
// their shard key falls in (shardkey.go), from the seeded config.chunks.
//
// Only for a database the test seeded into config.databases: without a
// catalogue the router has no shards to name and passes the answer on.

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/bsontype"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

// collStatsStage returns the options of req's $collStats stage and how many
// stages its pipeline has, when req is an aggregate that begins with one
// (the stage must come first, or the server refuses the pipeline).
func collStatsStage(req *request) (bsoncore.Document, int, bool) {
	if req.name != "aggregate" {
		return nil, 0, false
	}
	pipeline, err := req.cmd.LookupErr("pipeline")
	if err != nil || pipeline.Type != bsontype.Array {
		return nil, 0, false
	}
	stages, err := pipeline.Array().Values()
	if err != nil || len(stages) == 0 || stages[0].Type != bsontype.EmbeddedDocument {
		return nil, 0, false
	}
	options := lookupDoc(stages[0].Document(), "$collStats")
	return options, len(stages), options != nil
}

// notSupported refuses what the simulator cannot answer as a cluster would,
// rather than answer as one shard: CommandNotSupported (115,
// src/mongo/base/error_codes.yml).
func notSupported(what string) bsoncore.Document {
	return errorReply(115, "CommandNotSupported", "the topology simulator does not support "+what, nil)
}

// collStatsOnShards turns the storage's one $collStats document into the
// documents a mongos returns, one per shard; options are the stage's.
func collStatsOnShards(req *request, cc *clientConn, reply, options bsoncore.Document) (bsoncore.Document, error) {
	if code, _ := replyError(reply); code != 0 {
		return reply, nil
	}
	databases, err := readCatalogue(cc, "databases", bson.D{{Key: "_id", Value: req.db}})
	if err != nil || len(databases) == 0 {
		return reply, err
	}
	local, err := reply.LookupErr("cursor", "firstBatch", "0")
	if err != nil || local.Type != bsontype.EmbeddedDocument {
		return reply, nil
	}
	collection := lookupString(req.cmd, "aggregate")
	counts, err := countsByShard(cc, req.db, collection, lookupString(databases[0], "primary"),
		local.Document(), has(options, "count"))
	if errors.Is(err, errDrop) {
		return nil, err
	}
	if err != nil {
		return notSupported(err.Error()), nil
	}
	if len(counts) > 1 && hasOptionBesidesCount(options) {
		return notSupported("$collStats options other than count on a collection spread over shards"), nil
	}
	hosts, err := shardHosts(cc)
	if err != nil {
		return nil, err
	}
	shards := make([]string, 0, len(counts))
	for shard := range counts {
		shards = append(shards, shard)
	}
	sort.Strings(shards)
	batch := bsoncore.NewArrayBuilder()
	for _, shard := range shards {
		batch.AppendDocument(shardStats(local.Document(), shard, hosts[shard], counts[shard], has(options, "count")))
	}
	cursor := bsoncore.NewDocumentBuilder().
		AppendInt64("id", 0).
		AppendString("ns", req.db+"."+collection).
		AppendArray("firstBatch", batch.Build()).
		Build()
	return bsoncore.NewDocumentBuilder().AppendDocument("cursor", cursor).AppendDouble("ok", 1).Build(), nil
}

func hasOptionBesidesCount(options bsoncore.Document) bool {
	elems, _ := options.Elements()
	for _, e := range elems {
		if e.Key() != "count" {
			return true
		}
	}
	return false
}

// shardStats is the storage's document as the named shard's primary would
// send it: with its shard and host, and the count of its documents.
func shardStats(local bsoncore.Document, shard, host string, count int64, withCount bool) bsoncore.Document {
	elems, _ := local.Elements()
	out := bsoncore.NewDocumentBuilder()
	for _, e := range elems {
		switch e.Key() {
		case "shard", "host", "count":
		case "ns":
			out.AppendString("ns", e.Value().StringValue()).AppendString("shard", shard).AppendString("host", host)
		default:
			out.AppendValue(e.Key(), e.Value())
		}
	}
	if withCount {
		out.AppendInt64("count", count)
	}
	return out.Build()
}

// shardHosts maps each shard of config.shards to its first host, as
// "set/host:port,..." lists them.
func shardHosts(cc *clientConn) (map[string]string, error) {
	shards, err := readCatalogue(cc, "shards", nil)
	if err != nil {
		return nil, err
	}
	hosts := map[string]string{}
	for _, shard := range shards {
		list := lookupString(shard, "host")
		if _, after, found := strings.Cut(list, "/"); found {
			list = after
		}
		first, _, _ := strings.Cut(list, ",")
		hosts[lookupString(shard, "_id")] = first
	}
	return hosts, nil
}

// countsByShard names the shards that answer for the collection, with the
// documents of each: the primary with the storage's count, unless
// config.collections shards it; else each shard that owns chunks, with the
// documents its chunks hold when counted is set.
func countsByShard(cc *clientConn, db, collection, primary string, local bsoncore.Document, counted bool) (map[string]int64, error) {
	sharded, err := readCatalogue(cc, "collections", bson.D{{Key: "_id", Value: db + "." + collection}})
	if err != nil {
		return nil, err
	}
	if len(sharded) == 0 {
		n, _ := lookupInt(local, "count")
		return map[string]int64{primary: n}, nil
	}
	pattern := lookupDoc(sharded[0], "key")
	uuid, err := sharded[0].LookupErr("uuid")
	if err != nil || pattern == nil {
		return nil, fmt.Errorf("config.collections %s.%s without its key and uuid", db, collection)
	}
	chunks, err := readCatalogue(cc, "chunks", bson.D{{Key: "uuid", Value: bson.RawValue{Type: uuid.Type, Value: uuid.Data}}})
	if err != nil {
		return nil, err
	}
	counts := map[string]int64{}
	for _, chunk := range chunks { // a shard that owns chunks answers, even with no documents
		counts[lookupString(chunk, "shard")] = 0
	}
	if !counted {
		return counts, nil
	}
	err = eachDocument(cc, db, collection, nil, projectionOf(pattern), func(doc bsoncore.Document) error {
		key, err := shardKeyOf(doc, pattern)
		if err != nil {
			return err
		}
		shard, err := chunkShard(key, chunks)
		if err != nil {
			return err
		}
		counts[shard]++
		return nil
	})
	return counts, err
}

// projectionOf includes the fields of a shard key pattern.
func projectionOf(pattern bsoncore.Document) bsoncore.Document {
	elems, _ := pattern.Elements()
	out := bsoncore.NewDocumentBuilder()
	for _, e := range elems {
		out.AppendInt32(e.Key(), 1)
	}
	return out.Build()
}

// How many documents a read of the storage takes at a time.
const storageBatch = 1000

// eachDocument reads the documents of db.collection that match filter (all
// when nil) from the storage, only the fields of projection (all when nil),
// a batch at a time until the cursor is exhausted.
func eachDocument(cc *clientConn, db, collection string, filter, projection bsoncore.Document, each func(bsoncore.Document) error) error {
	find := bsoncore.NewDocumentBuilder().AppendString("find", collection)
	if filter != nil {
		find.AppendDocument("filter", filter)
	}
	if projection != nil {
		find.AppendDocument("projection", projection)
	}
	batchKey := "firstBatch"
	for cmd := find.AppendInt32("batchSize", storageBatch).AppendString("$db", db).Build(); ; {
		reply, err := cc.storage.roundTrip(cmd, nil)
		if err != nil {
			return errDrop
		}
		if code, _ := replyError(reply); code != 0 {
			return fmt.Errorf("reading %s.%s: %s", db, collection, extJSON(reply))
		}
		batch, err := reply.LookupErr("cursor", batchKey)
		if err != nil {
			return fmt.Errorf("reading %s.%s: no %s", db, collection, batchKey)
		}
		docs, _ := batch.Array().Values()
		for _, doc := range docs {
			if err := each(doc.Document()); err != nil {
				return err
			}
		}
		id, _ := reply.LookupErr("cursor", "id")
		cursorID, _ := id.AsInt64OK()
		if cursorID == 0 {
			return nil
		}
		cmd = bsoncore.NewDocumentBuilder().
			AppendInt64("getMore", cursorID).
			AppendString("collection", collection).
			AppendInt32("batchSize", storageBatch).
			AppendString("$db", db).
			Build()
		batchKey = "nextBatch"
	}
}
