// moviedb-test-mongo: a MongoDB wire-protocol server for tests, made of
// FerretDB 1.24 (Apache-2.0) embedded with its SQLite handler. It stands in
// for MongoDB where no mongod can be installed; it is not MongoDB (no
// replication, no sharding catalogue, no transactions, a subset of commands
// and aggregation).
//
//	moviedb-test-mongo --listen 127.0.0.1:27017 --dir ./data/test-mongo
//
// Once the port is bound it prints one line on stdout:
//
//	moviedb-test-mongo ready mongodb://127.0.0.1:PORT/ (FerretDB vX, dir DIR)
//
// so a test (or a person) can wait for it; `--listen 127.0.0.1:0` picks a free
// port and the line names it. SIGTERM or SIGINT stops it cleanly.
//
// With --replset NAME [--members N] and/or --mongos N it simulates a
// topology in front of that one storage (simulator.go, README.md): the ready
// line then names the members as a seed list with ?replicaSet=NAME, or the
// routers, and other lines (storage, replset, control) come before it, never
// after: a test may close the pipe once it has read the ready line.
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime/debug"
	"strings"
	"syscall"
	"time"

	"github.com/FerretDB/FerretDB/build/version"
	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (port 0 picks a free one)")
	dir := flag.String("dir", "", "directory for the SQLite files, one per database (created if missing)")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error (logs go to stderr)")
	replSet := flag.String("replset", "", "simulate a replica set of this name in front of the storage")
	members := flag.Int("members", 3, "members of the simulated replica set (at least 3)")
	mongos := flag.Int("mongos", 0, "simulated mongos routers in front of the set (or of the storage)")
	control := flag.String("control", "", "loopback address of the control HTTP API (port 0 picks a free one)")
	electionDelay := flag.Duration("election-delay", time.Second, "time without a primary after a stepdown")
	flag.Parse()

	sim := simConfig{listen: *listen, replSet: *replSet, members: *members, mongos: *mongos,
		control: *control, electionDelay: *electionDelay}
	if err := run(*listen, *dir, *logLevel, sim); err != nil {
		fmt.Fprintf(os.Stderr, "moviedb-test-mongo: %s\n", err)
		os.Exit(1)
	}
}

func run(listen, dir, logLevel string, sim simConfig) error {
	if dir == "" {
		return fmt.Errorf("--dir is required")
	}

	simulate := sim.replSet != "" || sim.mongos > 0 || sim.control != ""
	if sim.replSet != "" && sim.members < 3 {
		return fmt.Errorf("--members must be at least 3 (a set that can elect a primary with one member down)")
	}
	if sim.mongos < 0 {
		return fmt.Errorf("--mongos must not be negative")
	}
	if sim.replSet != "" || sim.mongos > 0 {
		// The storage is internal, behind the simulated listeners: on
		// loopback, on a free port.
		listen = "127.0.0.1:0"
	}

	abs, err := filepath.Abs(dir)
	if err != nil {
		return err
	}

	if err = os.MkdirAll(abs, 0o755); err != nil {
		return err
	}

	var level slog.Level
	if err = level.UnmarshalText([]byte(logLevel)); err != nil {
		return fmt.Errorf("--log-level: %w", err)
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	// FerretDB wants a "file:" URI naming a directory, with a trailing slash.
	// WAL with synchronous=NORMAL: a commit survives the server being killed
	// (what the fault tests do) without an fsync per write, which would make
	// every update cost a disk flush.
	sqliteURL := (&url.URL{
		Scheme:   "file",
		Path:     strings.TrimSuffix(abs, "/") + "/",
		RawQuery: url.Values{"_pragma": []string{"synchronous(normal)"}}.Encode(),
	}).String()

	// Embedded builds carry no version stamp; report the module's, so that
	// buildInfo.ferretdbVersion (what the adapter detects FerretDB by) names it.
	version.Get().Version = ferretVersion()

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: listen},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
	})
	if err != nil {
		return err
	}

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	done := make(chan error, 1)

	go func() { done <- f.Run(ctx) }()

	// The listener is bound by ferretdb.New, so the URI names the real port.
	uri := f.MongoDBURI()
	if simulate {
		u, err := url.Parse(uri)
		if err != nil {
			return err
		}
		s, lines, simURI, err := startSimulator(sim, u.Host)
		if err != nil {
			return err
		}
		defer s.close()
		for _, line := range lines {
			fmt.Println(line)
		}
		if simURI != "" {
			uri = simURI
		}
	}
	fmt.Printf("moviedb-test-mongo ready %s (FerretDB %s, dir %s)\n", uri, version.Get().Version, abs)
	_ = os.Stdout.Sync()

	return <-done
}

// ferretVersion is the FerretDB module version this binary was built with.
func ferretVersion() string {
	if info, ok := debug.ReadBuildInfo(); ok {
		for _, dep := range info.Deps {
			if dep.Path == "github.com/FerretDB/FerretDB" {
				return dep.Version
			}
		}
	}

	return "unknown"
}
