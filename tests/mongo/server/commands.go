package main

// Which commands a replica-set member accepts in which state. The real server
// decides this per command (Command::secondaryAllowed in
// src/mongo/db/commands.h: kNever, kOptIn, kAlways); this is that table for
// the commands the moviedb adapter and the drivers send. Anything not named
// here is treated as kAlways, as the diagnostic commands are.

import "go.mongodb.org/mongo-driver/x/bsonx/bsoncore"

type secondaryAllowed int

const (
	allowedAlways secondaryAllowed = iota // ping, buildInfo, getMore, endSessions...
	allowedOptIn                          // reads: only with secondaryOk / a non-primary $readPreference
	allowedNever                          // writes: primary only
)

var commandKinds = map[string]secondaryAllowed{
	// Writes and DDL.
	"insert": allowedNever, "update": allowedNever, "delete": allowedNever,
	"findAndModify": allowedNever, "findandmodify": allowedNever,
	"createIndexes": allowedNever, "dropIndexes": allowedNever, "deleteIndexes": allowedNever,
	"create": allowedNever, "drop": allowedNever, "dropDatabase": allowedNever,
	"collMod": allowedNever, "renameCollection": allowedNever, "convertToCapped": allowedNever,
	"createUser": allowedNever, "updateUser": allowedNever, "dropUser": allowedNever,
	"dropAllUsersFromDatabase": allowedNever,
	"commitTransaction":        allowedNever, "abortTransaction": allowedNever,
	// Reads.
	"find": allowedOptIn, "aggregate": allowedOptIn, "count": allowedOptIn,
	"distinct": allowedOptIn, "listCollections": allowedOptIn, "listIndexes": allowedOptIn,
	"listDatabases": allowedOptIn, "collStats": allowedOptIn, "dbStats": allowedOptIn,
	"dataSize": allowedOptIn, "explain": allowedOptIn, "mapReduce": allowedOptIn,
}

// kindOf classifies one command; an aggregate with $out or $merge writes, and
// the server refuses it on a secondary as it refuses any write.
func kindOf(name string, cmd bsoncore.Document) secondaryAllowed {
	if name == "aggregate" {
		if v, err := cmd.LookupErr("pipeline"); err == nil {
			if arr, ok := v.ArrayOK(); ok {
				vals, _ := arr.Values()
				for _, stage := range vals {
					if d, ok := stage.DocumentOK(); ok {
						if k := firstKey(d); k == "$out" || k == "$merge" {
							return allowedNever
						}
					}
				}
			}
		}
	}
	return commandKinds[name]
}

// Whether a write may be retried by the driver: the commands of the Retryable
// Writes spec ("Supported Write Operations"), sent with a txnNumber outside a
// transaction (no autocommit field).
func isRetryableWrite(name string, cmd bsoncore.Document) bool {
	switch name {
	case "insert", "update", "delete", "findAndModify", "findandmodify":
		return has(cmd, "txnNumber") && !has(cmd, "autocommit")
	case "commitTransaction", "abortTransaction":
		return true
	}
	return false
}

// Error codes and names as in the server's src/mongo/base/error_codes.yml.
var codeNames = map[int32]string{
	6:     "HostUnreachable",
	91:    "ShutdownInProgress",
	133:   "FailedToSatisfyReadPreference",
	189:   "PrimarySteppedDown",
	352:   "UnsupportedOpQueryCommand",
	10107: "NotWritablePrimary",
	11600: "InterruptedAtShutdown",
	11602: "InterruptedDueToReplStateChange",
	13435: "NotPrimaryNoSecondaryOk",
	13436: "NotPrimaryOrSecondary",
}

// The codes in the RetriableError category of error_codes.yml: on them the
// server (4.4+, wire version >= 9) adds the RetryableWriteError label to the
// reply of a retryable write, and drivers retry on the label alone.
var retriableCodes = map[int32]bool{
	6: true, 7: true, 89: true, 91: true, 134: true, 189: true, 262: true, 9001: true,
	10107: true, 11600: true, 11602: true, 13435: true, 13436: true,
}

// State change errors (SDAM spec "not writable primary" and "node is
// recovering" errors) carry the member's topologyVersion.
var stateChangeCodes = map[int32]bool{
	91: true, 189: true, 10107: true, 11600: true, 11602: true, 13435: true, 13436: true,
}

var defaultErrmsg = map[int32]string{
	91:    "The server is in quiesce mode and will shut down",
	189:   "PrimarySteppedDown: the primary stepped down while the write was in progress",
	10107: "not primary",
	11602: "operation was interrupted because of a replica set state change",
	13435: "not primary and secondaryOk=false",
}
