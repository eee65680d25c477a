package main

// Small helpers over raw BSON (the driver's bsoncore): the proxy reads a few
// fields of each command and reply, drops or adds a few top-level fields, and
// otherwise passes bytes through untouched, so nothing FerretDB needs is
// re-encoded (doubles stay doubles, key order stays as the driver sent it).

import (
	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/bson/bsontype"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

// firstKey is the command name: by the OP_MSG rules, the first field.
func firstKey(doc bsoncore.Document) string {
	elem, err := doc.IndexErr(0)
	if err != nil {
		return ""
	}
	return elem.Key()
}

func lookupString(doc bsoncore.Document, key string) string {
	if v, err := doc.LookupErr(key); err == nil && v.Type == bsontype.String {
		return v.StringValue()
	}
	return ""
}

func lookupDoc(doc bsoncore.Document, key string) bsoncore.Document {
	if v, err := doc.LookupErr(key); err == nil && v.Type == bsontype.EmbeddedDocument {
		return v.Document()
	}
	return nil
}

func has(doc bsoncore.Document, key string) bool {
	_, err := doc.LookupErr(key)
	return err == nil
}

// lookupInt reads any BSON number as an int64 (drivers send counters as
// int32, int64 or double depending on the language).
func lookupInt(doc bsoncore.Document, key string) (int64, bool) {
	v, err := doc.LookupErr(key)
	if err != nil {
		return 0, false
	}
	return v.AsInt64OK()
}

// elements marshals d and returns its elements without the document framing,
// ready to be appended to another document.
func elements(d bson.D) []byte {
	raw, err := bson.Marshal(d)
	if err != nil {
		panic(err) // only ever called with values this program builds
	}
	return raw[4 : len(raw)-1]
}

func marshal(d bson.D) bsoncore.Document {
	raw, err := bson.Marshal(d)
	if err != nil {
		panic(err)
	}
	return raw
}

// rewrite copies doc without the top-level keys drop names, with the given
// (possibly replaced) element appended at the end.
func rewrite(doc bsoncore.Document, drop func(key string) bool, extra []byte) bsoncore.Document {
	elems, err := doc.Elements()
	if err != nil {
		return doc
	}
	idx, out := bsoncore.AppendDocumentStart(nil)
	for _, e := range elems {
		if drop != nil && drop(e.Key()) {
			continue
		}
		out = append(out, e...)
	}
	out = append(out, extra...)
	out, _ = bsoncore.AppendDocumentEnd(out, idx)
	return out
}

// extJSON renders a document as relaxed Extended JSON for the command log.
func extJSON(doc bsoncore.Document) []byte {
	if doc == nil {
		return nil
	}
	out, err := bson.MarshalExtJSON(bson.Raw(doc), false, false)
	if err != nil {
		return nil
	}
	return out
}
