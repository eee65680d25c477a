package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

type api struct{ store *Store }

func newAPI(store *Store) *api { return &api{store: store} }

func (a *api) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v1/movies/{id}", a.getMovie)
	mux.HandleFunc("GET /api/v1/movies", a.searchMovies)
	mux.HandleFunc("GET /api/v1/catalog", a.catalog)
	mux.HandleFunc("PUT /api/v1/movies/{id}/reaction", a.setReaction)
	return mux
}

// ---- answers ---------------------------------------------------------------

type fieldError struct {
	Field   string `json:"field"`
	Message string `json:"message"`
}

// apiError: an answer other than 2xx, sent as moviedb sends its errors
// (api/http/errors.cpp): {"error": {"code", "message", "details": [...]}}.
type apiError struct {
	status  int
	code    string
	message string
	details []fieldError
}

func (e *apiError) Error() string { return e.message }

func invalid(field, message string) *apiError {
	return &apiError{http.StatusBadRequest, "invalid", field + ": " + message,
		[]fieldError{{field, message}}}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		log.Printf("go-peer: encoding an answer: %v", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	body := bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(status)
	w.Write(body)
}

func writeError(w http.ResponseWriter, err error) {
	var e *apiError
	if errors.Is(err, context.Canceled) { // the client went away: nothing to report
		w.WriteHeader(http.StatusServiceUnavailable)
		return
	}
	if !errors.As(err, &e) {
		log.Printf("go-peer: %v", err)
		e = &apiError{status: http.StatusInternalServerError, code: "internal",
			message: "the store failed to answer"}
	}
	details := e.details
	if details == nil {
		details = []fieldError{}
	}
	type body struct {
		Code    string       `json:"code"`
		Message string       `json:"message"`
		Details []fieldError `json:"details"`
	}
	writeJSON(w, e.status, struct {
		Error body `json:"error"`
	}{body{e.code, e.message, details}})
}

type page struct {
	Items    []Movie `json:"items"`
	Page     int64   `json:"page"`
	PageSize int64   `json:"page_size"`
	Total    int64   `json:"total"`
}

type movieDetail struct {
	Movie
	Credits []Credit `json:"credits"`
	Viewer  *Viewer  `json:"viewer,omitempty"`
}

// ---- requests --------------------------------------------------------------

// queryParams: the query string as moviedb reads it (the last of a repeated
// key wins); only the keys in `allowed`, text that is UTF-8 without NUL.
func queryParams(r *http.Request, allowed ...string) (map[string]string, error) {
	values, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		return nil, &apiError{status: http.StatusBadRequest, code: "bad_request",
			message: "the query string is malformed"}
	}
	params := make(map[string]string, len(values))
	var unknown []fieldError
	for key, list := range values {
		value := list[len(list)-1]
		if !utf8.ValidString(key) || !utf8.ValidString(value) || strings.ContainsRune(key+value, 0) {
			return nil, &apiError{status: http.StatusBadRequest, code: "bad_request",
				message: "the query string is not UTF-8 or holds a NUL (U+0000)"}
		}
		known := false
		for _, a := range allowed {
			known = known || a == key
		}
		if !known {
			unknown = append(unknown, fieldError{key, "unknown query parameter"})
			continue
		}
		if utf8.RuneCountInString(value) > 200 {
			return nil, invalid(key, "must be at most 200 characters")
		}
		params[key] = value
	}
	if len(unknown) > 0 {
		return nil, &apiError{http.StatusBadRequest, "invalid",
			unknown[0].Field + ": " + unknown[0].Message, unknown}
	}
	return params, nil
}

func intParam(params map[string]string, key string, min, max, fallback int64) (int64, error) {
	text, ok := params[key]
	if !ok {
		return fallback, nil
	}
	n, err := strconv.ParseInt(text, 10, 64)
	if err != nil || n < min || n > max {
		return 0, invalid(key, fmt.Sprintf("must be a whole number from %d to %d", min, max))
	}
	return n, nil
}

// bearer: the token of "Authorization: Bearer <token>"; "" without the header.
func bearer(r *http.Request) (string, error) {
	header := r.Header.Get("Authorization")
	if header == "" {
		return "", nil
	}
	const scheme = "bearer "
	if len(header) <= len(scheme) || !strings.EqualFold(header[:len(scheme)], scheme) {
		return "", &apiError{status: http.StatusUnauthorized, code: "invalid_token",
			message: "Authorization must be 'Bearer <token>'"}
	}
	return header[len(scheme):], nil
}

// caller: the signed-in user's id, "" for an anonymous request; a token that
// is sent must be valid.
func (a *api) caller(r *http.Request) (string, error) {
	token, err := bearer(r)
	if err != nil || token == "" {
		return "", err
	}
	userID, err := a.store.UserOf(r.Context(), token)
	if errors.Is(err, errBadToken) {
		return "", &apiError{status: http.StatusUnauthorized, code: "invalid_token",
			message: "the session has expired or was revoked; sign in again"}
	}
	return userID, err
}

func notFound(id string) error {
	return &apiError{status: http.StatusNotFound, code: "not_found",
		message: fmt.Sprintf("no movie with id '%s'", id)}
}

// ---- handlers --------------------------------------------------------------

// GET /api/v1/movies/{id}: the movie with its credits (and, for a signed-in
// caller, their own state).
func (a *api) getMovie(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	userID, err := a.caller(r)
	if err != nil {
		writeError(w, err)
		return
	}
	movie, err := a.store.Movie(r.Context(), id)
	if errors.Is(err, errNotFound) {
		err = notFound(id)
	}
	if err != nil {
		writeError(w, err)
		return
	}
	detail := movieDetail{Movie: movie}
	if detail.Credits, err = a.store.Credits(r.Context(), id); err != nil {
		writeError(w, err)
		return
	}
	if userID != "" {
		viewer, err := a.store.Viewer(r.Context(), userID, id)
		if err != nil {
			writeError(w, err)
			return
		}
		detail.Viewer = &viewer
	}
	writeJSON(w, http.StatusOK, detail)
}

// GET /api/v1/movies?q=&page=&page_size=&sort=: title search (or all titles),
// best IMDb score first unless `sort` says otherwise.
func (a *api) searchMovies(w http.ResponseWriter, r *http.Request) {
	params, err := queryParams(r, "q", "page", "page_size", "sort")
	if err != nil {
		writeError(w, err)
		return
	}
	pageNo, err := intParam(params, "page", 1, 1_000_000, 1)
	if err != nil {
		writeError(w, err)
		return
	}
	pageSize, err := intParam(params, "page_size", 1, 100, 20)
	if err != nil {
		writeError(w, err)
		return
	}
	sort := "-imdb_score"
	if s, ok := params["sort"]; ok {
		if _, known := a.store.pageAll[s]; !known {
			writeError(w, invalid("sort", "must be one of "+strings.Join(sortableFields, ", ")+
				" (prefix '-' for descending)"))
			return
		}
		sort = s
	}
	result := page{Items: []Movie{}, Page: pageNo, PageSize: pageSize}
	q := strings.Trim(params["q"], " \t\r\n")
	match := ftsExpression(q)
	if q != "" && match == "" { // only punctuation: no title matches
		writeJSON(w, http.StatusOK, result)
		return
	}
	result.Items, result.Total, err = a.store.MoviePage(r.Context(), match, sort, pageSize,
		(pageNo-1)*pageSize)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, result)
}

// GET /api/v1/catalog[?limit=N]: the top titles by IMDb score, computed on
// every request (the peer keeps no answers).
func (a *api) catalog(w http.ResponseWriter, r *http.Request) {
	params, err := queryParams(r, "limit", "exclude_interacted")
	if err != nil {
		writeError(w, err)
		return
	}
	if v, ok := params["exclude_interacted"]; ok && v != "false" && v != "0" {
		writeError(w, invalid("exclude_interacted", "is not supported by the Go peer"))
		return
	}
	limit, err := intParam(params, "limit", 1, 100, 100)
	if err != nil {
		writeError(w, err)
		return
	}
	result := page{Page: 1, PageSize: limit}
	result.Items, result.Total, err = a.store.MoviePage(r.Context(), "", "-imdb_score", limit, 0)
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, result)
}

// PUT /api/v1/movies/{id}/reaction {"reaction": "like" | "dislike" | "none"}
func (a *api) setReaction(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	userID, err := a.caller(r)
	if err == nil && userID == "" {
		err = &apiError{status: http.StatusUnauthorized, code: "unauthenticated",
			message: "sign in to do this"}
	}
	if err != nil {
		writeError(w, err)
		return
	}
	raw, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		writeError(w, &apiError{status: http.StatusRequestEntityTooLarge, code: "too_large",
			message: "the body is too large"})
		return
	}
	var body map[string]json.RawMessage
	if err := json.Unmarshal(raw, &body); err != nil || body == nil {
		writeError(w, &apiError{status: http.StatusBadRequest, code: "invalid_json",
			message: "the body must be a JSON object"})
		return
	}
	for key := range body {
		if key != "reaction" {
			writeError(w, invalid(key, "unknown field"))
			return
		}
	}
	var reaction string
	json.Unmarshal(body["reaction"], &reaction)
	switch reaction {
	case "like", "dislike":
	case "none":
		reaction = ""
	default:
		writeError(w, invalid("reaction", `must be "like", "dislike" or "none"`))
		return
	}
	result, err := a.store.SetReaction(r.Context(), userID, id, reaction)
	if errors.Is(err, errNotFound) {
		err = notFound(id)
	}
	if err != nil {
		writeError(w, err)
		return
	}
	writeJSON(w, http.StatusOK, result)
}
