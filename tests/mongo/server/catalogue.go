package main

// The sharding catalogue a test seeds: documents for config.shards,
// config.databases, config.collections, config.chunks and config.settings
// (the balancer's switch and window), written to the
// storage as a real cluster's config servers hold them, so that reads of
// config.* through a simulated mongos answer with them. The simulator does
// not shard: nothing routes by these documents, they are only read back.

import (
	"encoding/json"
	"fmt"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

// The catalogue collections of the manual's "Config Database" page that the
// placement view reads; anything else in config is the server's own business.
var catalogueCollections = map[string]bool{
	"shards": true, "databases": true, "collections": true, "chunks": true, "settings": true,
}

// seedCatalogue inserts documents given as canonical or relaxed extended
// JSON into config.<collection>.
func (s *simulator) seedCatalogue(collection string, documents []json.RawMessage) error {
	if !catalogueCollections[collection] {
		return fmt.Errorf("config.%s is not part of the catalogue (shards, databases, collections, chunks, settings)", collection)
	}
	if len(documents) == 0 {
		return fmt.Errorf("no documents")
	}
	docs := bsoncore.NewArrayBuilder()
	for i, text := range documents {
		var doc bson.Raw
		if err := bson.UnmarshalExtJSON(text, false, &doc); err != nil {
			return fmt.Errorf("document %d: %w", i, err)
		}
		docs.AppendDocument(doc)
	}
	cmd := bsoncore.NewDocumentBuilder().
		AppendString("insert", collection).
		AppendArray("documents", docs.Build()).
		AppendString("$db", "config").
		Build()
	storage := &storageConn{addr: s.storageAddr}
	defer storage.close()
	reply, err := storage.roundTrip(cmd, nil)
	if err != nil {
		return err
	}
	if ok, found := lookupInt(reply, "ok"); !found || ok != 1 {
		return fmt.Errorf("insert into config.%s: %s", collection, reply.String())
	}
	if errs, err := reply.LookupErr("writeErrors"); err == nil {
		return fmt.Errorf("insert into config.%s: %s", collection, errs.String())
	}
	return nil
}

// listShardsReply answers listShards as mongos does, from config.shards
// (src/mongo/s/commands/cluster_list_shards_cmd.cpp). It is an admin-only
// command: elsewhere the server refuses it with Unauthorized (code 13), "…
// may only be run against the admin database." (checkAuthorizationImplPreParse,
// src/mongo/db/commands.cpp).
func listShardsReply(req *request, cc *clientConn) (bsoncore.Document, error) {
	if req.db != "admin" {
		return errorReply(13, "Unauthorized", "listShards may only be run against the admin database.", nil), nil
	}
	find := bsoncore.NewDocumentBuilder().
		AppendString("find", "shards").
		AppendString("$db", "config").
		Build()
	reply, err := cc.storage.roundTrip(find, nil)
	if err != nil {
		return nil, errDrop
	}
	shards := bsoncore.NewArrayBuilder()
	if batch, err := reply.LookupErr("cursor", "firstBatch"); err == nil {
		values, _ := batch.Array().Values()
		for _, v := range values {
			shards.AppendDocument(v.Document())
		}
	}
	return bsoncore.NewDocumentBuilder().AppendArray("shards", shards.Build()).AppendDouble("ok", 1).Build(), nil
}
