package main

// One client connection to a member or a router: read a message, decode it
// into a request, let the listener's handler answer, write the reply in the
// framing the request came in (OP_MSG, or OP_REPLY to a legacy OP_QUERY).

import (
	"bufio"
	"errors"
	"net"
	"strings"

	"go.mongodb.org/mongo-driver/bson"
	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

// request is one command, whatever opcode carried it.
type request struct {
	cmd         bsoncore.Document // with $db
	sequences   []byte            // OP_MSG kind-1 sections, verbatim
	name, db    string
	readPref    bsoncore.Document // $readPreference, nil if absent
	secondaryOk bool              // the request may be served by a secondary
	moreToCome  bool              // the client expects no reply (w:0)
	legacy      bool              // came as OP_QUERY
}

// clientConn is the per-connection state a handler needs.
type clientConn struct {
	id      int32
	storage *storageConn
}

// errDrop tells the connection loop to close the connection without a reply
// (the member became unreachable, or the storage went away).
var errDrop = errors.New("drop connection")

type handler func(req *request, cc *clientConn) (bsoncore.Document, error)

func serveConn(c net.Conn, cc *clientConn, handle handler) {
	defer c.Close()
	defer cc.storage.close()
	r := bufio.NewReader(c)
	var sent int32
	for {
		m, err := readMessage(r)
		if err != nil {
			return
		}
		req, perr := decodeRequest(m)
		var reply bsoncore.Document
		if perr != nil {
			reply = errorReply(2, "BadValue", perr.Error(), nil)
		} else if reply, err = handle(req, cc); err != nil {
			return
		}
		if req != nil && req.moreToCome {
			continue
		}
		sent++
		var body []byte
		op := int32(opMsg)
		if m.opCode == opQuery {
			op, body = opReply, buildOpReply(reply)
		} else {
			body = buildOpMsg(0, reply, nil)
		}
		if err = writeMessage(c, sent, m.requestID, op, body); err != nil {
			return
		}
	}
}

func decodeRequest(m *message) (*request, error) {
	switch m.opCode {
	case opMsg:
		msg, err := parseOpMsg(m.body)
		if err != nil {
			return nil, err
		}
		req := &request{
			cmd:        msg.command,
			sequences:  msg.sequences,
			name:       firstKey(msg.command),
			db:         lookupString(msg.command, "$db"),
			readPref:   lookupDoc(msg.command, "$readPreference"),
			moreToCome: msg.flags&flagMoreToCome != 0,
		}
		// Server Selection spec, "Passing read preference...": over OP_MSG a
		// secondary read is said by a $readPreference whose mode is not
		// primary; there is no secondaryOk bit.
		if req.readPref != nil {
			req.secondaryOk = lookupString(req.readPref, "mode") != "primary"
		}
		return req, nil
	case opQuery:
		q, err := parseOpQuery(m.body)
		if err != nil {
			return nil, err
		}
		db, coll, _ := strings.Cut(q.collection, ".")
		if coll != "$cmd" {
			return nil, errors.New("OP_QUERY is only supported for commands (db.$cmd)")
		}
		cmd := q.query
		readPref := lookupDoc(cmd, "$readPreference")
		if inner := lookupDoc(cmd, "$query"); inner != nil {
			cmd = inner
		}
		// Add $db (and keep $readPreference) so the command looks as it would
		// over OP_MSG, the only form forwarded to the storage.
		extra := bson.D{{Key: "$db", Value: db}}
		if readPref != nil && !has(cmd, "$readPreference") {
			extra = append(extra, bson.E{Key: "$readPreference", Value: bson.Raw(readPref)})
		}
		cmd = rewrite(cmd, func(k string) bool { return k == "$db" }, elements(extra))
		req := &request{
			cmd: cmd, name: firstKey(cmd), db: db, readPref: readPref, legacy: true,
			secondaryOk: q.flags&queryFlagSecondaryOk != 0,
		}
		if readPref != nil && lookupString(readPref, "mode") != "primary" {
			req.secondaryOk = true
		}
		return req, nil
	case opCompressed:
		// No compressor is ever offered in hello, so a driver never sends one.
		return nil, errors.New("OP_COMPRESSED is not supported (no compressor was negotiated)")
	}
	return nil, errors.New("unsupported opcode")
}

// errorReply is a command error as the server shapes it.
func errorReply(code int32, codeName, errmsg string, extra bson.D) bsoncore.Document {
	d := bson.D{
		{Key: "ok", Value: 0.0},
		{Key: "errmsg", Value: errmsg},
		{Key: "code", Value: code},
		{Key: "codeName", Value: codeName},
	}
	return marshal(append(d, extra...))
}

// replyError extracts the error code and labels of a reply, for the log:
// a command error, or else the first write error.
func replyError(reply bsoncore.Document) (int32, []string) {
	var labels []string
	if v, err := reply.LookupErr("errorLabels"); err == nil {
		if arr, ok := v.ArrayOK(); ok {
			vals, _ := arr.Values()
			for _, l := range vals {
				if s, ok := l.StringValueOK(); ok {
					labels = append(labels, s)
				}
			}
		}
	}
	if ok, found := lookupInt(reply, "ok"); found && ok == 0 {
		code, _ := lookupInt(reply, "code")
		return int32(code), labels
	}
	if v, err := reply.LookupErr("ok"); err == nil {
		if f, isF := v.DoubleOK(); isF && f == 0 {
			code, _ := lookupInt(reply, "code")
			return int32(code), labels
		}
	}
	if v, err := reply.LookupErr("writeErrors"); err == nil {
		if arr, ok := v.ArrayOK(); ok {
			if first, err := arr.IndexErr(0); err == nil {
				if d, ok := first.DocumentOK(); ok {
					code, _ := lookupInt(d, "code")
					return int32(code), labels
				}
			}
		}
	}
	if wce := lookupDoc(reply, "writeConcernError"); wce != nil {
		code, _ := lookupInt(wce, "code")
		return int32(code), labels
	}
	return 0, labels
}
