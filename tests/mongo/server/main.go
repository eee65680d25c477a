// moviedb-test-mongo: a MongoDB wire-protocol server for tests, made of
// FerretDB 1.24 (Apache-2.0) embedded with its SQLite handler. It stands in
// for MongoDB where no mongod can be installed; it is not MongoDB (no replica
// sets, no sharding, no transactions, a subset of commands and aggregation).
//
//	moviedb-test-mongo --listen 127.0.0.1:27017 --dir ./data/test-mongo
//
// Once the port is bound it prints one line on stdout:
//
//	moviedb-test-mongo ready mongodb://127.0.0.1:PORT/ (FerretDB vX, dir DIR)
//
// so a test (or a person) can wait for it; `--listen 127.0.0.1:0` picks a free
// port and the line names it. SIGTERM or SIGINT stops it cleanly.
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

	"github.com/FerretDB/FerretDB/build/version"
	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "TCP address to listen on (port 0 picks a free one)")
	dir := flag.String("dir", "", "directory for the SQLite files, one per database (created if missing)")
	logLevel := flag.String("log-level", "warn", "debug, info, warn or error (logs go to stderr)")
	flag.Parse()

	if err := run(*listen, *dir, *logLevel); err != nil {
		fmt.Fprintf(os.Stderr, "moviedb-test-mongo: %s\n", err)
		os.Exit(1)
	}
}

func run(listen, dir, logLevel string) error {
	if dir == "" {
		return fmt.Errorf("--dir is required")
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
	fmt.Printf("moviedb-test-mongo ready %s (FerretDB %s, dir %s)\n", f.MongoDBURI(), version.Get().Version, abs)
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
