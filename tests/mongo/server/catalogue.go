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
	"go.mongodb.org/mongo-driver/bson/bsontype"
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
// (src/mongo/s/commands/cluster_list_shards_cmd.cpp).
func listShardsReply(req *request, cc *clientConn) (bsoncore.Document, error) {
	if refused := adminOnly(req); refused != nil {
		return refused, nil
	}
	found, err := readCatalogue(cc, "shards", nil)
	if err != nil {
		return nil, err
	}
	shards := bsoncore.NewArrayBuilder()
	for _, doc := range found {
		shards.AppendDocument(doc)
	}
	return bsoncore.NewDocumentBuilder().AppendArray("shards", shards.Build()).AppendDouble("ok", 1).Build(), nil
}

// The balancer's modes in 7.0: src/mongo/s/balancer_configuration.cpp
// (kBalancerModes; "autoSplitOnly" went with auto-splitting).
var balancerModes = map[string]bool{"full": true, "off": true}

// balancerStatusReply answers balancerStatus as mongos does (the manual's
// balancerStatus page; Balancer::report, src/mongo/db/s/balancer/balancer.cpp)
// with the mode the config servers read from config.settings {_id:
// "balancer"}. Nothing balances here, so no round is in progress or counted;
// 7.0's "term" is left out (no config servers are simulated).
func balancerStatusReply(req *request, cc *clientConn) (bsoncore.Document, error) {
	if refused := adminOnly(req); refused != nil {
		return refused, nil
	}
	found, err := readCatalogue(cc, "settings", bson.D{{Key: "_id", Value: "balancer"}})
	if err != nil {
		return nil, err
	}
	mode := "full"
	if len(found) > 0 {
		mode = balancerMode(found[0])
	}
	return bsoncore.NewDocumentBuilder().
		AppendString("mode", mode).
		AppendBoolean("inBalancerRound", false).
		AppendInt64("numBalancerRounds", 0).
		AppendDouble("ok", 1).
		Build(), nil
}

// balancerMode reads the balancer's settings as BalancerSettingsType::fromBSON
// does (src/mongo/s/balancer_configuration.cpp): a true stopped (a boolean or
// a number, bsonExtractBooleanFieldWithDefault) is "off" whatever the mode
// says; else the mode, "full" when absent, and a mode the server does not
// know turns the balancer off. A field of the wrong type fails the refresh,
// which report ignores, keeping the mode it had: here, as on a config server
// just started, "full". (A Decimal128 stopped counts as the wrong type here,
// though the server would take its truth value.)
func balancerMode(settings bsoncore.Document) string {
	if stopped, err := settings.LookupErr("stopped"); err == nil {
		switch stopped.Type {
		case bsontype.Boolean:
			if stopped.Boolean() {
				return "off"
			}
		case bsontype.Int32, bsontype.Int64:
			if n, _ := stopped.AsInt64OK(); n != 0 {
				return "off"
			}
		case bsontype.Double:
			if stopped.Double() != 0 {
				return "off"
			}
		default:
			return "full"
		}
	}
	named, err := settings.LookupErr("mode")
	switch {
	case err != nil:
		return "full"
	case named.Type != bsontype.String:
		return "full"
	case !balancerModes[named.StringValue()]:
		return "off"
	}
	return named.StringValue()
}

// adminOnly refuses a command sent to any database but admin as the server
// refuses its admin-only commands: Unauthorized (code 13), "… may only be run
// against the admin database." (checkAuthorizationImplPreParse,
// src/mongo/db/commands.cpp).
func adminOnly(req *request) bsoncore.Document {
	if req.db == "admin" {
		return nil
	}
	return errorReply(13, "Unauthorized", req.name+" may only be run against the admin database.", nil)
}

// readCatalogue reads the documents of config.<collection> that match filter
// (all of them when it is nil) from the storage, as a config server holds them.
func readCatalogue(cc *clientConn, collection string, filter bson.D) ([]bsoncore.Document, error) {
	var selector bsoncore.Document
	if filter != nil {
		selector = marshal(filter)
	}
	var docs []bsoncore.Document
	err := eachDocument(cc, "config", collection, selector, nil, func(doc bsoncore.Document) error {
		docs = append(docs, doc)
		return nil
	})
	return docs, err
}
