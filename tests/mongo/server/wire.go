package main

// The MongoDB wire protocol, only as much as a proxy in front of FerretDB needs
// (specifications: source/message/OP_MSG.md; OP_QUERY/OP_REPLY are the legacy
// opcodes that drivers still use for the very first handshake when no API
// version is declared). Every message is a 16-byte header then a body; OP_MSG
// carries one command document (section kind 0) and optional document
// sequences (kind 1, e.g. the `documents` of an insert), which are kept
// byte-for-byte so that a forwarded command is what the driver sent.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"

	"go.mongodb.org/mongo-driver/x/bsonx/bsoncore"
)

const (
	opReply      = 1
	opQuery      = 2004
	opCompressed = 2012
	opMsg        = 2013

	// OP_MSG flagBits.
	flagChecksumPresent = 1 << 0
	flagMoreToCome      = 1 << 1
	flagExhaustAllowed  = 1 << 16

	// OP_QUERY flags: the legacy way to say "a secondary may answer".
	queryFlagSecondaryOk = 1 << 2

	// What FerretDB (and MongoDB) accept as a whole message: 48 MB.
	maxMessageSize = 48_000_000
)

// message is one wire message, header decoded, body kept raw.
type message struct {
	requestID  int32
	responseTo int32
	opCode     int32
	body       []byte // everything after the header
}

func readMessage(r io.Reader) (*message, error) {
	var header [16]byte
	if _, err := io.ReadFull(r, header[:]); err != nil {
		return nil, err
	}
	length := int32(binary.LittleEndian.Uint32(header[0:]))
	if length < 16 || length > maxMessageSize {
		return nil, fmt.Errorf("wire: message length %d out of range", length)
	}
	m := &message{
		requestID:  int32(binary.LittleEndian.Uint32(header[4:])),
		responseTo: int32(binary.LittleEndian.Uint32(header[8:])),
		opCode:     int32(binary.LittleEndian.Uint32(header[12:])),
		body:       make([]byte, length-16),
	}
	if _, err := io.ReadFull(r, m.body); err != nil {
		return nil, err
	}
	return m, nil
}

func writeMessage(w io.Writer, requestID, responseTo, opCode int32, body []byte) error {
	buf := make([]byte, 16, 16+len(body))
	binary.LittleEndian.PutUint32(buf[0:], uint32(16+len(body)))
	binary.LittleEndian.PutUint32(buf[4:], uint32(requestID))
	binary.LittleEndian.PutUint32(buf[8:], uint32(responseTo))
	binary.LittleEndian.PutUint32(buf[12:], uint32(opCode))
	_, err := w.Write(append(buf, body...))
	return err
}

// opMsgRequest is a decoded OP_MSG: flags, the command document and the raw
// kind-1 sections that follow it.
type opMsgRequest struct {
	flags     uint32
	command   bsoncore.Document
	sequences []byte // kind-1 sections, verbatim
}

func parseOpMsg(body []byte) (*opMsgRequest, error) {
	if len(body) < 5 {
		return nil, errors.New("wire: OP_MSG too short")
	}
	req := &opMsgRequest{flags: binary.LittleEndian.Uint32(body)}
	rest := body[4:]
	if req.flags&flagChecksumPresent != 0 {
		// The CRC-32C trails the message; nothing here verifies it and the
		// forwarded message is rebuilt without one.
		if len(rest) < 4 {
			return nil, errors.New("wire: OP_MSG checksum missing")
		}
		rest = rest[:len(rest)-4]
	}
	for len(rest) > 0 {
		kind := rest[0]
		rest = rest[1:]
		switch kind {
		case 0:
			doc, r, ok := bsoncore.ReadDocument(rest)
			if !ok {
				return nil, errors.New("wire: OP_MSG body is not a BSON document")
			}
			if err := doc.Validate(); err != nil {
				return nil, fmt.Errorf("wire: OP_MSG body: %w", err)
			}
			req.command = doc
			rest = r
		case 1:
			if len(rest) < 4 {
				return nil, errors.New("wire: OP_MSG sequence truncated")
			}
			size := int(binary.LittleEndian.Uint32(rest))
			if size < 4 || size > len(rest) {
				return nil, errors.New("wire: OP_MSG sequence size out of range")
			}
			req.sequences = append(req.sequences, 1)
			req.sequences = append(req.sequences, rest[:size]...)
			rest = rest[size:]
		default:
			return nil, fmt.Errorf("wire: OP_MSG section kind %d", kind)
		}
	}
	if req.command == nil {
		return nil, errors.New("wire: OP_MSG without a body section")
	}
	return req, nil
}

// sequenceCount counts the documents of the kind-1 section named id (e.g.
// the "documents" of an insert), for the command log.
func sequenceCount(sequences []byte, id string) int {
	rest := sequences
	n := 0
	for len(rest) > 5 && rest[0] == 1 {
		size := int(binary.LittleEndian.Uint32(rest[1:]))
		section := rest[5 : 1+size]
		name, docs, ok := bsoncore.ReadKey(section)
		if ok && name == id {
			for len(docs) > 0 {
				_, r, ok := bsoncore.ReadDocument(docs)
				if !ok {
					break
				}
				n++
				docs = r
			}
		}
		rest = rest[1+size:]
	}
	return n
}

func buildOpMsg(flags uint32, command bsoncore.Document, sequences []byte) []byte {
	body := make([]byte, 4, 5+len(command)+len(sequences))
	binary.LittleEndian.PutUint32(body, flags)
	body = append(body, 0)
	body = append(body, command...)
	return append(body, sequences...)
}

// opQueryRequest is the legacy OP_QUERY: drivers send the first hello as one
// when they declare no server API (libmongoc and the Go driver both do).
type opQueryRequest struct {
	flags      int32
	collection string // "db.$cmd" for a command
	query      bsoncore.Document
}

func parseOpQuery(body []byte) (*opQueryRequest, error) {
	if len(body) < 4 {
		return nil, errors.New("wire: OP_QUERY too short")
	}
	q := &opQueryRequest{flags: int32(binary.LittleEndian.Uint32(body))}
	name, rest, ok := bsoncore.ReadKey(body[4:])
	if !ok || len(rest) < 8 {
		return nil, errors.New("wire: OP_QUERY collection name")
	}
	q.collection = name
	doc, _, ok := bsoncore.ReadDocument(rest[8:]) // after numberToSkip, numberToReturn
	if !ok {
		return nil, errors.New("wire: OP_QUERY query is not a BSON document")
	}
	if err := doc.Validate(); err != nil {
		return nil, fmt.Errorf("wire: OP_QUERY query: %w", err)
	}
	q.query = doc
	return q, nil
}

func buildOpReply(doc bsoncore.Document) []byte {
	body := make([]byte, 20, 20+len(doc))
	// responseFlags 0 (bit 3 AwaitCapable is irrelevant to commands),
	// cursorID 0, startingFrom 0, numberReturned 1.
	binary.LittleEndian.PutUint32(body[16:], 1)
	return append(body, doc...)
}

// parseOpReply returns the single document of a command reply.
func parseOpReply(body []byte) (bsoncore.Document, error) {
	if len(body) < 20 {
		return nil, errors.New("wire: OP_REPLY too short")
	}
	doc, _, ok := bsoncore.ReadDocument(body[20:])
	if !ok {
		return nil, errors.New("wire: OP_REPLY without a document")
	}
	return doc, nil
}
