package main

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	_ "github.com/mattn/go-sqlite3" // driver "sqlite3"; built with -tags sqlite_fts5
)

// The movie columns in the order of moviedb's JSON (api/domain/movie_fields.cpp).
const movieColumns = "m.id, m.title, m.type, m.description, m.release_year, m.age_certification, " +
	"m.runtime, m.genres, m.production_countries, m.seasons, m.imdb_id, m.imdb_score, " +
	"m.imdb_votes, m.tmdb_popularity, m.tmdb_score, m.us_gross, m.worldwide_gross, " +
	"m.us_dvd_sales, m.production_budget, m.rotten_tomatoes_rating, m.release_date, " +
	"m.distributor, m.source, m.creative_type, m.likes, m.dislikes, m.watched, m.views, " +
	"m.created_at, m.updated_at, m.version"

// The fields GET /api/v1/movies may sort by (api/domain/movie_query.cpp).
var sortableFields = []string{"imdb_score", "title", "release_year", "imdb_votes", "likes",
	"dislikes", "views", "watched", "runtime", "tmdb_score", "tmdb_popularity", "created_at",
	"updated_at", "id"}

var errNotFound = errors.New("not found")
var errBadToken = errors.New("invalid token")

// Store: a pool of read-only connections and one writer connection, both over
// the same WAL-mode file; every statement prepared once at start.
type Store struct {
	read  *sql.DB
	write *sql.DB

	movieByID    *sql.Stmt
	creditsOf    *sql.Stmt
	countMovies  *sql.Stmt
	countMatches *sql.Stmt
	session      *sql.Stmt
	viewerState  *sql.Stmt
	// "sort field" + "-" for descending → page statement, without and with title words
	pageAll   map[string]*sql.Stmt
	pageMatch map[string]*sql.Stmt

	// writer
	movieExists  *sql.Stmt
	interaction  *sql.Stmt
	upsertReact  *sql.Stmt
	bumpCounters *sql.Stmt
}

func fileURI(path string, params string) (string, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return "", err
	}
	return (&url.URL{Scheme: "file", Path: abs}).String() + "?" + params, nil
}

func openStore(path string, readers int) (*Store, error) {
	// The writer first: it puts the file in WAL mode (moviedb-api already did)
	// and creates the -wal/-shm files the read-only connections need.
	// synchronous=NORMAL: in WAL mode a commit survives a crash of the process;
	// a power loss may lose the last commits but never corrupts the file.
	writeDSN, err := fileURI(path, "mode=rw&_journal_mode=WAL&_synchronous=NORMAL&_busy_timeout=5000&_txlock=immediate&_mutex=no")
	if err != nil {
		return nil, err
	}
	readDSN, err := fileURI(path, "mode=ro&_busy_timeout=5000&_mutex=no")
	if err != nil {
		return nil, err
	}
	s := &Store{pageAll: map[string]*sql.Stmt{}, pageMatch: map[string]*sql.Stmt{}}
	if s.write, err = sql.Open("sqlite3", writeDSN); err != nil {
		return nil, err
	}
	s.write.SetMaxOpenConns(1)
	s.write.SetMaxIdleConns(1)
	s.write.SetConnMaxLifetime(0)
	s.write.SetConnMaxIdleTime(0)
	var mode string
	if err := s.write.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil {
		return nil, fmt.Errorf("opening %s: %w", path, err)
	}
	if mode != "wal" {
		return nil, fmt.Errorf("%s: journal_mode is %q, not wal", path, mode)
	}
	if err := ensureTitleIndex(s.write); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}

	if s.read, err = sql.Open("sqlite3", readDSN); err != nil {
		return nil, err
	}
	s.read.SetMaxOpenConns(readers)
	s.read.SetMaxIdleConns(readers)
	s.read.SetConnMaxLifetime(0)
	s.read.SetConnMaxIdleTime(0)

	prep := func(db *sql.DB, query string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = db.Prepare(query)
		if err != nil {
			err = fmt.Errorf("prepare %q: %w", query, err)
		}
		return st
	}
	s.movieByID = prep(s.read, "SELECT "+movieColumns+" FROM movies m WHERE m.id = ?1")
	s.creditsOf = prep(s.read, "SELECT movie_id, person_id, name, character, role FROM credits "+
		"WHERE movie_id = ?1 ORDER BY CASE role WHEN 'DIRECTOR' THEN 0 ELSE 1 END, seq")
	s.countMovies = prep(s.read, "SELECT count(*) FROM movies")
	s.countMatches = prep(s.read, "SELECT count(*) FROM peer_titles_fts WHERE peer_titles_fts MATCH ?1")
	s.session = prep(s.read, "SELECT s.expires_at, u.id, u.disabled FROM sessions s "+
		"JOIN users u ON u.id = s.user_id WHERE s.id = ?1")
	s.viewerState = prep(s.read, "SELECT reaction, watched, views FROM user_interactions "+
		"WHERE user_id = ?1 AND movie_id = ?2")
	for _, field := range sortableFields {
		for _, desc := range []bool{false, true} {
			key, order := sortKey(field, desc), orderBy(field, desc)
			s.pageAll[key] = prep(s.read, "SELECT "+movieColumns+" FROM movies m"+order+
				" LIMIT ?1 OFFSET ?2")
			s.pageMatch[key] = prep(s.read, "SELECT "+movieColumns+" FROM movies m WHERE m.rowid IN "+
				"(SELECT rowid FROM peer_titles_fts WHERE peer_titles_fts MATCH ?3)"+order+" LIMIT ?1 OFFSET ?2")
		}
	}
	s.movieExists = prep(s.write, "SELECT 1 FROM movies WHERE id = ?1")
	s.interaction = prep(s.write, "SELECT reaction, watched, views FROM user_interactions "+
		"WHERE user_id = ?1 AND movie_id = ?2")
	s.upsertReact = prep(s.write, "INSERT INTO user_interactions (user_id, movie_id, reaction, "+
		"created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4) ON CONFLICT(user_id, movie_id) "+
		"DO UPDATE SET reaction = excluded.reaction, updated_at = excluded.updated_at")
	s.bumpCounters = prep(s.write, "UPDATE movies SET likes = likes + ?2, dislikes = dislikes + ?3 "+
		"WHERE id = ?1 RETURNING likes, dislikes, watched, views")
	if err != nil {
		return nil, err
	}
	return s, nil
}

func (s *Store) Close() error {
	return errors.Join(s.read.Close(), s.write.Close())
}

func sortKey(field string, desc bool) string {
	if desc {
		return "-" + field
	}
	return field
}

// As moviedb orders (store/sqlite/movie_search.cpp movie_order): NULLs last,
// ties by rowid.
func orderBy(field string, desc bool) string {
	column := "m." + field
	if field == "title" {
		column = "m.title COLLATE NOCASE"
	}
	if desc {
		return " ORDER BY " + column + " DESC, m.rowid DESC"
	}
	return " ORDER BY " + column + " ASC NULLS LAST, m.rowid ASC"
}

// ---- rows ------------------------------------------------------------------

type Movie struct {
	ID                   string   `json:"id"`
	Title                string   `json:"title"`
	Type                 string   `json:"type"`
	Description          string   `json:"description"`
	ReleaseYear          *int64   `json:"release_year"`
	AgeCertification     string   `json:"age_certification"`
	Runtime              *int64   `json:"runtime"`
	Genres               []string `json:"genres"`
	ProductionCountries  []string `json:"production_countries"`
	Seasons              *int64   `json:"seasons"`
	ImdbID               string   `json:"imdb_id"`
	ImdbScore            *float64 `json:"imdb_score"`
	ImdbVotes            *int64   `json:"imdb_votes"`
	TmdbPopularity       *float64 `json:"tmdb_popularity"`
	TmdbScore            *float64 `json:"tmdb_score"`
	UsGross              *int64   `json:"us_gross"`
	WorldwideGross       *int64   `json:"worldwide_gross"`
	UsDvdSales           *int64   `json:"us_dvd_sales"`
	ProductionBudget     *int64   `json:"production_budget"`
	RottenTomatoesRating *int64   `json:"rotten_tomatoes_rating"`
	ReleaseDate          string   `json:"release_date"`
	Distributor          string   `json:"distributor"`
	Source               string   `json:"source"`
	CreativeType         string   `json:"creative_type"`
	Likes                int64    `json:"likes"`
	Dislikes             int64    `json:"dislikes"`
	Watched              int64    `json:"watched"`
	Views                int64    `json:"views"`
	CreatedAt            string   `json:"created_at"`
	UpdatedAt            string   `json:"updated_at"`
	Version              int64    `json:"version"`
}

type Credit struct {
	MovieID   string `json:"movie_id"`
	PersonID  string `json:"person_id"`
	Name      string `json:"name"`
	Character string `json:"character"`
	Role      string `json:"role"`
}

type Viewer struct {
	Reaction *string `json:"reaction"`
	Watched  bool    `json:"watched"`
	Views    int64   `json:"views"`
}

type rowScanner interface{ Scan(dest ...any) error }

func intPtr(n sql.NullInt64) *int64 {
	if !n.Valid {
		return nil
	}
	return &n.Int64
}

func floatPtr(f sql.NullFloat64) *float64 {
	if !f.Valid {
		return nil
	}
	return &f.Float64
}

// A list column holds JSON text ("[]" when empty); anything else reads as empty.
func stringList(text string) []string {
	if text == "[]" {
		return []string{}
	}
	var list []string
	if err := json.Unmarshal([]byte(text), &list); err != nil || list == nil {
		return []string{}
	}
	return list
}

func scanMovie(row rowScanner) (Movie, error) {
	var m Movie
	var year, runtime, seasons, votes, usGross, wwGross, dvd, budget, rt sql.NullInt64
	var imdbScore, tmdbPop, tmdbScore sql.NullFloat64
	var genres, countries string
	err := row.Scan(&m.ID, &m.Title, &m.Type, &m.Description, &year, &m.AgeCertification,
		&runtime, &genres, &countries, &seasons, &m.ImdbID, &imdbScore, &votes, &tmdbPop,
		&tmdbScore, &usGross, &wwGross, &dvd, &budget, &rt, &m.ReleaseDate, &m.Distributor,
		&m.Source, &m.CreativeType, &m.Likes, &m.Dislikes, &m.Watched, &m.Views, &m.CreatedAt,
		&m.UpdatedAt, &m.Version)
	if err != nil {
		return m, err
	}
	m.ReleaseYear, m.Runtime, m.Seasons = intPtr(year), intPtr(runtime), intPtr(seasons)
	m.ImdbVotes, m.UsGross, m.WorldwideGross = intPtr(votes), intPtr(usGross), intPtr(wwGross)
	m.UsDvdSales, m.ProductionBudget, m.RottenTomatoesRating = intPtr(dvd), intPtr(budget), intPtr(rt)
	m.ImdbScore, m.TmdbPopularity, m.TmdbScore = floatPtr(imdbScore), floatPtr(tmdbPop), floatPtr(tmdbScore)
	m.Genres, m.ProductionCountries = stringList(genres), stringList(countries)
	return m, nil
}

// ---- reads -----------------------------------------------------------------

func (s *Store) Movie(ctx context.Context, id string) (Movie, error) {
	m, err := scanMovie(s.movieByID.QueryRowContext(ctx, id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, errNotFound
	}
	return m, err
}

func (s *Store) Credits(ctx context.Context, movieID string) ([]Credit, error) {
	rows, err := s.creditsOf.QueryContext(ctx, movieID)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	credits := []Credit{}
	for rows.Next() {
		var c Credit
		if err := rows.Scan(&c.MovieID, &c.PersonID, &c.Name, &c.Character, &c.Role); err != nil {
			return nil, err
		}
		credits = append(credits, c)
	}
	return credits, rows.Err()
}

// MoviePage: one page in the given order; with an FTS5 expression only the
// titles that match it. The total counts every title that qualifies.
func (s *Store) MoviePage(ctx context.Context, match, sort string, limit, offset int64) ([]Movie, int64, error) {
	var total int64
	var rows *sql.Rows
	var err error
	if match == "" {
		if err = s.countMovies.QueryRowContext(ctx).Scan(&total); err != nil {
			return nil, 0, err
		}
		rows, err = s.pageAll[sort].QueryContext(ctx, limit, offset)
	} else {
		if err = s.countMatches.QueryRowContext(ctx, match).Scan(&total); err != nil {
			return nil, 0, err
		}
		rows, err = s.pageMatch[sort].QueryContext(ctx, limit, offset, match)
	}
	if err != nil {
		return nil, 0, err
	}
	defer rows.Close()
	movies := make([]Movie, 0, limit)
	for rows.Next() {
		m, err := scanMovie(rows)
		if err != nil {
			return nil, 0, err
		}
		movies = append(movies, m)
	}
	return movies, total, rows.Err()
}

// ---- sessions --------------------------------------------------------------

// Time as moviedb writes it (api/domain/clock.cpp): ISO 8601 UTC, milliseconds.
func nowISO() string {
	return time.Now().UTC().Format("2006-01-02T15:04:05.000Z")
}

// UserOf: the user id of a bearer token, checked as moviedb does
// (api/auth/auth_service.cpp authenticate): the session row under the
// token's SHA-256 (hex), not expired, of an enabled user.
func (s *Store) UserOf(ctx context.Context, token string) (string, error) {
	digest := sha256.Sum256([]byte(token))
	var expires, userID string
	var disabled bool
	err := s.session.QueryRowContext(ctx, hex.EncodeToString(digest[:])).Scan(&expires, &userID, &disabled)
	if errors.Is(err, sql.ErrNoRows) || (err == nil && (expires < nowISO() || disabled)) {
		return "", errBadToken
	}
	return userID, err
}

func (s *Store) Viewer(ctx context.Context, userID, movieID string) (Viewer, error) {
	var v Viewer
	var reaction sql.NullString
	err := s.viewerState.QueryRowContext(ctx, userID, movieID).Scan(&reaction, &v.Watched, &v.Views)
	if errors.Is(err, sql.ErrNoRows) {
		return v, nil
	}
	if reaction.Valid {
		v.Reaction = &reaction.String
	}
	return v, err
}

// ---- the write -------------------------------------------------------------

type ReactionResult struct {
	MovieID  string `json:"movie_id"`
	Viewer   Viewer `json:"viewer"`
	Likes    int64  `json:"likes"`
	Dislikes int64  `json:"dislikes"`
	Watched  int64  `json:"watched"`
	Views    int64  `json:"views"`
}

func b2i(b bool) int64 {
	if b {
		return 1
	}
	return 0
}

// SetReaction: the user's reaction to the movie ("like", "dislike", or ""
// for none) and the movie's counters, in one IMMEDIATE transaction on the
// single writer connection.
func (s *Store) SetReaction(ctx context.Context, userID, movieID, reaction string) (ReactionResult, error) {
	r := ReactionResult{MovieID: movieID}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return r, err
	}
	defer tx.Rollback() // no-op after Commit

	var one int
	if err := tx.StmtContext(ctx, s.movieExists).QueryRowContext(ctx, movieID).Scan(&one); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return r, errNotFound
		}
		return r, err
	}
	var before sql.NullString
	err = tx.StmtContext(ctx, s.interaction).QueryRowContext(ctx, userID, movieID).
		Scan(&before, &r.Viewer.Watched, &r.Viewer.Views)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return r, err
	}
	var after any // NULL for none
	if reaction != "" {
		after = reaction
		r.Viewer.Reaction = &reaction
	}
	if _, err := tx.StmtContext(ctx, s.upsertReact).ExecContext(ctx, userID, movieID, after, nowISO()); err != nil {
		return r, err
	}
	was := func(x string) bool { return before.Valid && before.String == x }
	likes := b2i(reaction == "like") - b2i(was("like"))
	dislikes := b2i(reaction == "dislike") - b2i(was("dislike"))
	err = tx.StmtContext(ctx, s.bumpCounters).QueryRowContext(ctx, movieID, likes, dislikes).
		Scan(&r.Likes, &r.Dislikes, &r.Watched, &r.Views)
	if err != nil {
		return r, err
	}
	return r, tx.Commit()
}

// ---- title words -----------------------------------------------------------

// ASCII folds of U+00C0..U+00FF and U+0100..U+017F (' ' where the sign is no
// letter), as api/domain/text.cpp folds them.
const latin1 = "AAAAAAACEEEEIIIIDNOOOOO OUUUUYTsaaaaaaaceeeeiiiidnooooo ouuuuyty"
const latinExtendedA = "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiJjJjKkkLlLlLlLlLlNnNnNnnNnOoOoOoOoRrRrRr" +
	"SsSsSsSsTtTtTtUuUuUuUuUuUuWwYyyZzZzZzs"

func lowerASCII(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// searchWords: letters and digits, case- and accent-folded (Latin), other
// scripts as written; everything else separates words.
func searchWords(text string) []string {
	var words []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			words = append(words, word.String())
			word.Reset()
		}
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		start := i
		i += size
		var folded byte
		switch {
		case r < 0x80:
			c := byte(r)
			if (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
				folded = lowerASCII(c)
			} else {
				folded = ' '
			}
		case r >= 0xC0 && r <= 0xFF:
			folded = lowerASCII(latin1[r-0xC0])
		case r >= 0x100 && r <= 0x17F:
			folded = lowerASCII(latinExtendedA[r-0x100])
		case r < 0xC0:
			folded = ' '
		}
		switch {
		case folded == ' ':
			flush()
		case folded != 0:
			word.WriteByte(folded)
		default:
			word.WriteString(text[start:i])
		}
	}
	flush()
	return words
}

// ftsExpression: "star wa" → `"star" "wa"*` (every word quoted, the last a
// prefix); "" when the text holds no word.
func ftsExpression(text string) string {
	words := searchWords(text)
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('"')
		b.WriteString(w)
		b.WriteByte('"')
		if i == len(words)-1 {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// ensureTitleIndex gives the peer the plain title index it searches: FTS5 over
// movies.title keyed by rowid, as moviedb's store held before its schema 3
// keyed its own index by score. Built once per store file (about 13 s at 1M).
func ensureTitleIndex(db *sql.DB) error {
	var movies, index int
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'movies'").Scan(&movies); err != nil || movies == 0 {
		return fmt.Errorf("not a moviedb store (no movies table): %v", err)
	}
	if err := db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'peer_titles_fts'").Scan(&index); err != nil {
		return err
	}
	if index > 0 {
		return nil
	}
	for _, statement := range []string{
		"CREATE VIRTUAL TABLE peer_titles_fts USING fts5(title, content='movies', content_rowid='rowid', " +
			"tokenize='unicode61 remove_diacritics 2', prefix='1 2 3')",
		"INSERT INTO peer_titles_fts(peer_titles_fts) VALUES ('rebuild')",
	} {
		if _, err := db.Exec(statement); err != nil {
			return fmt.Errorf("building the title index: %w", err)
		}
	}
	return nil
}
