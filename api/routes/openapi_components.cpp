// The OpenAPI document's front matter and shared components: info, tags, the
// bearer security scheme, reusable parameters and the error responses.
#include "routes/openapi_document.hpp"

namespace moviedb::routes::openapi_parts {

std::string_view info() {
  return R"json({
  "title": "moviedb",
  "version": "0.1.0",
  "description": "A movie database with user interaction: search and explore titles, like, dislike, mark as watched and click to view them; admins manage all data.\n\n**Authentication.** `POST /api/v1/auth/register` or `POST /api/v1/auth/login` return a bearer token; send it as `Authorization: Bearer <token>`. Tokens are opaque, expire, and are revoked by `POST /api/v1/auth/logout`.\n\n**Who may call what.** Every operation says so in its description and in `x-moviedb-access`: `anyone` (no token needed; where a token changes the answer the operation accepts one optionally), `signed-in` (any active account), `admin` (role `admin` or `superadmin`) or `superadmin`. A missing, unknown, expired or revoked token, or one of a disabled account, gets 401; a role too low gets 403.\n\n**Errors.** Every non-2xx response has the body `{\"error\": {\"code\", \"message\", \"details\": [{\"field\", \"message\"}]}}` (see the `Error` schema). `details` names each invalid field or query parameter; every problem in a request is reported at once. Besides the responses listed per operation, any request may get 400 (malformed HTTP; a `Transfer-Encoding` other than exactly `chunked` or together with `Content-Length`; a request target that is not printable ASCII or a path or query that is not UTF-8 or holds a NUL, U+0000, which no text in this API may contain), 404 (no such route), 405 (method not allowed, with `Allow`), 408 (request not received whole within 10 s), 413, 431 (request line and headers over 16 KiB or more than 100 header fields) and 503 (`overloaded` or `deadline_exceeded`, with `Retry-After`). `details` lists at most 20 problems, then one entry \"and N more\". Nothing a client sends produces a 500.\n\n**Lists.** Lists are `{\"items\": [...], \"page\": N, \"page_size\": N, \"total\": N}`; `page` starts at 1 and `page_size` is at most 100.\n\n**Filters.** A repeated query parameter (`genre=drama&genre=comedy`) means any of them; repeats and order do not matter, and each list takes at most 20 (`country`: 50) distinct values. Unknown query parameters are rejected with 400.\n\n**Records.** A record's key is `id` in JSON. Timestamps are ISO 8601 UTC with milliseconds (`2024-05-01T12:00:00.000Z`).\n\n**Limits.** Request bodies are limited to 1 MiB (`POST /api/v1/admin/import`: 256 MiB); both are configurable. Sign-in attempts are rate limited per username (any case) and per client address, registrations per client address (429 with `Retry-After`). The client address is the peer's unless the server runs with `--trusted-proxies`."
})json";
}

std::string_view tags() {
  return R"json([
  {"name": "auth", "description": "Accounts and sessions: register, sign in, sign out, the caller's account."},
  {"name": "movies", "description": "Search, browse and read titles; admins create, edit and delete them."},
  {"name": "interactions", "description": "The signed-in caller's reactions, watched marks and views."},
  {"name": "discovery", "description": "Catalog, recommendations, genres and people."},
  {"name": "admin", "description": "Data management for admins: import, export, bulk delete, users, interactions, statistics, cluster and audit log."},
  {"name": "system", "description": "Health, readiness, metrics and this document."}
])json";
}

std::string_view security_schemes() {
  return R"json({
  "bearerAuth": {
    "type": "http",
    "scheme": "bearer",
    "bearerFormat": "opaque (43 characters, base64url)",
    "description": "`Authorization: Bearer <token>` with the token from `POST /api/v1/auth/register` or `POST /api/v1/auth/login`. The server stores only the token's SHA-256; a token expires (7 days by default) and is revoked by `POST /api/v1/auth/logout`."
  }
})json";
}

std::string_view headers() {
  return R"json({
  "Retry-After": {
    "description": "Seconds to wait before retrying.",
    "schema": {"type": "integer", "minimum": 0},
    "example": 12
  }
})json";
}

std::string_view parameters() {
  return R"json({
  "MovieId": {
    "name": "id", "in": "path", "required": true,
    "description": "The title's id.",
    "schema": {"$ref": "#/components/schemas/MovieIdString"}
  },
  "PersonId": {
    "name": "id", "in": "path", "required": true,
    "description": "The person's id.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 64},
    "example": "1000"
  },
  "UserId": {
    "name": "id", "in": "path", "required": true,
    "description": "The account's id.",
    "schema": {"type": "string", "minLength": 1, "maxLength": 64},
    "example": "u0123456789abcdef"
  },
  "Page": {
    "name": "page", "in": "query",
    "description": "1-based page number.",
    "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 1000000, "default": 1}
  },
  "PageSize": {
    "name": "page_size", "in": "query",
    "description": "Items per page.",
    "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 100, "default": 20}
  },
  "DryRun": {
    "name": "dry_run", "in": "query",
    "description": "`true`: validate and count, write nothing; the answer reports the same numbers a real run would.",
    "schema": {"type": "boolean", "default": false}
  },
  "Since": {
    "name": "since", "in": "query",
    "description": "Only entries at or after this time: an ISO 8601 UTC date or date-time (`2024-05-01`, `2024-05-01T12:00:00Z`).",
    "schema": {"type": "string", "minLength": 10, "maxLength": 30, "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?Z?)?$"},
    "example": "2024-05-01"
  },
  "Until": {
    "name": "until", "in": "query",
    "description": "Only entries up to this time: an ISO 8601 UTC date or date-time.",
    "schema": {"type": "string", "minLength": 10, "maxLength": 30, "pattern": "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(T([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9](\\.[0-9]{1,9})?)?Z?)?$"},
    "example": "2024-06-01T00:00:00Z"
  },
  "MovieQ": {
    "name": "q", "in": "query",
    "description": "Title words: case- and accent-insensitive, every word must match, the last one as a prefix (`star wa` finds *Star Wars*).",
    "schema": {"type": "string", "maxLength": 200},
    "example": "star wa"
  },
  "MovieType": {
    "name": "type", "in": "query",
    "description": "Only movies or only shows (case-insensitive).",
    "schema": {"type": "string", "enum": ["MOVIE", "SHOW"]}
  },
  "MovieGenre": {
    "name": "genre", "in": "query",
    "description": "Genre (case-insensitive); repeat for any of several (`genre=drama&genre=comedy`). At most 20.",
    "style": "form", "explode": true,
    "schema": {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 200}},
    "example": ["drama", "comedy"]
  },
  "MovieYearMin": {
    "name": "year_min", "in": "query",
    "description": "Released in or after this year.",
    "schema": {"type": "integer", "minimum": 0, "maximum": 3000},
    "example": 1990
  },
  "MovieYearMax": {
    "name": "year_max", "in": "query",
    "description": "Released in or before this year (not less than `year_min`).",
    "schema": {"type": "integer", "minimum": 0, "maximum": 3000},
    "example": 1999
  },
  "MovieScoreMin": {
    "name": "score_min", "in": "query",
    "description": "IMDb score at least this.",
    "schema": {"type": "number", "minimum": 0, "maximum": 10},
    "example": 7.5
  },
  "MovieCertification": {
    "name": "certification", "in": "query",
    "description": "Age certification (`PG-13`, `R`, `TV-MA`, …); repeat for any of several.",
    "style": "form", "explode": true,
    "schema": {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 200}},
    "example": ["PG", "PG-13"]
  },
  "MovieCountry": {
    "name": "country", "in": "query",
    "description": "Production country, ISO 3166-1 alpha-2 (case-insensitive); repeat for any of several. At most 50.",
    "style": "form", "explode": true,
    "schema": {"type": "array", "maxItems": 50, "items": {"type": "string", "maxLength": 200}},
    "example": ["US", "GB"]
  },
  "MoviePerson": {
    "name": "person", "in": "query",
    "description": "Titles crediting a person (actor, director, …) whose name matches these words.",
    "schema": {"type": "string", "maxLength": 200},
    "example": "spielberg"
  }
})json";
}

std::string_view responses() {
  return R"json({
  "BadRequest": {
    "description": "Bad input: malformed JSON, a missing or invalid field or query parameter. `details` names each one.",
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "invalid", "message": "invalid input",
                            "details": [{"field": "page_size", "message": "must be between 1 and 100"}]}}
    }}
  },
  "NotModified": {
    "description": "The copy the client holds is current: it sent `If-None-Match` with this answer's `ETag`. No body. Answers that are the same for every caller (a page of titles, the catalog, the genres, a title as an anonymous visitor sees it) carry an `ETag` and `Cache-Control: public, no-cache`, and come gzip-compressed (`Content-Encoding: gzip`) from 1 KiB when the request accepts it; a signed-in caller's own state is `no-store`.",
    "headers": {"ETag": {"description": "The answer's entity tag.", "schema": {"type": "string"}}}
  },
  "Unauthorized": {
    "description": "No token where one is required, or a token that is unknown, expired, revoked or belongs to a disabled account.",
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "invalid_token", "message": "the session has expired or was revoked; sign in again", "details": []}}
    }}
  },
  "Forbidden": {
    "description": "The caller's role does not allow this.",
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "forbidden", "message": "this needs the admin role", "details": []}}
    }}
  },
  "NotFound": {
    "description": "No record with this id.",
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "not_found", "message": "no movie with id 'tm0000'", "details": []}}
    }}
  },
  "Conflict": {
    "description": "Conflict: a duplicate key, a stale `version`, or a change the current state forbids.",
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "conflict", "message": "the movie was changed by someone else; reload it", "details": []}}
    }}
  },
  "HeadersTooLarge": {
    "description": "The request line and headers are over 16 KiB (configurable) or have more than 100 fields.",
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "headers_too_large", "message": "request headers too large", "details": []}}
    }}
  },
  "PayloadTooLarge": {
    "description": "The request body is over the limit (1 MiB; 256 MiB for imports; both configurable).",
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "body_too_large", "message": "request body too large", "details": []}}
    }}
  },
  "TooManyRequests": {
    "description": "Rate limited; retry after the number of seconds in `Retry-After`.",
    "headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "rate_limited", "message": "too many sign-in attempts; try again in 12 s", "details": []}}
    }}
  },
  "ServiceUnavailable": {
    "description": "The store cannot be reached (`store_unavailable`), the server is busy (`overloaded`) or the store did not answer in time (`deadline_exceeded`); retry after `Retry-After` seconds.",
    "headers": {"Retry-After": {"$ref": "#/components/headers/Retry-After"}},
    "content": {"application/json": {
      "schema": {"$ref": "#/components/schemas/Error"},
      "example": {"error": {"code": "store_unavailable", "message": "the store is unavailable", "details": []}}
    }}
  }
})json";
}

}  // namespace moviedb::routes::openapi_parts
