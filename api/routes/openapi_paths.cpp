// The OpenAPI document's paths for end users and operators: accounts,
// titles and the caller's interactions with them, discovery, and the system
// endpoints outside /api/v1. The admin paths are in openapi_admin_paths.cpp.
//
// Convention: every operation states who may call it in `x-moviedb-access`
// (anyone | signed-in | admin | superadmin), in the first sentence of its
// description, and in `security` ([] for anyone, [{}, bearer] where a token is
// optional and changes the answer, [bearer] otherwise).
#include "routes/openapi_document.hpp"

namespace moviedb::routes::openapi_parts {

std::string_view auth_paths() {
  return R"json({
  "/api/v1/auth/register": {
    "post": {
      "tags": ["auth"],
      "operationId": "register",
      "summary": "Create a user account",
      "description": "**Access: anyone.** Creates an account with role `user` and signs it in. Rate limited per client address (`--register-rate-address`): 429 with `Retry-After`.",
      "x-moviedb-access": "anyone",
      "security": [],
      "requestBody": {
        "required": true,
        "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/AuthRequest"},
          "example": {"username": "ada_l", "password": "correct horse battery", "display_name": "Ada Lovelace"}
        }}
      },
      "responses": {
        "201": {"description": "Created and signed in.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuthResponse"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "409": {"$ref": "#/components/responses/Conflict"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "429": {"$ref": "#/components/responses/TooManyRequests"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/auth/login": {
    "post": {
      "tags": ["auth"],
      "operationId": "login",
      "summary": "Sign in",
      "description": "**Access: anyone.** Exchanges a username (any case) and password for a bearer token. Rate limited per username and per client address: 429 with `Retry-After`. Wrong username and wrong password give the same 401 (`invalid_credentials`) in the same time (unknown names are checked against a dummy hash); a disabled account gets 403 (`account_disabled`) whatever the password.",
      "x-moviedb-access": "anyone",
      "security": [],
      "requestBody": {
        "required": true,
        "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/LoginRequest"},
          "example": {"username": "ada_l", "password": "correct horse battery"}
        }}
      },
      "responses": {
        "200": {"description": "Signed in.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuthResponse"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "429": {"$ref": "#/components/responses/TooManyRequests"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/auth/logout": {
    "post": {
      "tags": ["auth"],
      "operationId": "logout",
      "summary": "Sign out",
      "description": "**Access: signed in.** Revokes the token this request carries; other sessions of the account stay valid.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "responses": {
        "204": {"description": "Signed out; the token no longer works."},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/me": {
    "get": {
      "tags": ["auth"],
      "operationId": "getMe",
      "summary": "The caller's account",
      "description": "**Access: signed in.**",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The account.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/me/interactions": {
    "get": {
      "tags": ["interactions"],
      "operationId": "listMyInteractions",
      "summary": "The caller's interactions",
      "description": "**Access: signed in.** The caller's state for every title they reacted to, watched or viewed, each with `movie_title`.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "reaction", "in": "query", "description": "Only titles with this reaction.", "schema": {"type": "string", "enum": ["like", "dislike"]}},
        {"name": "watched", "in": "query", "description": "Only titles marked watched (`true`) or not (`false`).", "schema": {"type": "boolean"}},
        {"$ref": "#/components/parameters/Page"},
        {"$ref": "#/components/parameters/PageSize"}
      ],
      "responses": {
        "200": {"description": "A page of interactions.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionPage"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  }
})json";
}

std::string_view movie_paths() {
  return R"json({
  "/api/v1/movies": {
    "get": {
      "tags": ["movies"],
      "operationId": "searchMovies",
      "summary": "Search and browse titles",
      "description": "**Access: anyone.** Filters combine with AND; the values of a repeated filter combine with OR.",
      "x-moviedb-access": "anyone",
      "security": [],
      "parameters": [
        {"$ref": "#/components/parameters/MovieQ"},
        {"$ref": "#/components/parameters/MovieType"},
        {"$ref": "#/components/parameters/MovieGenre"},
        {"$ref": "#/components/parameters/MovieYearMin"},
        {"$ref": "#/components/parameters/MovieYearMax"},
        {"$ref": "#/components/parameters/MovieScoreMin"},
        {"$ref": "#/components/parameters/MovieCertification"},
        {"$ref": "#/components/parameters/MovieCountry"},
        {"$ref": "#/components/parameters/MoviePerson"},
        {"$ref": "#/components/parameters/MovieSort"},
        {"$ref": "#/components/parameters/Page"},
        {"$ref": "#/components/parameters/PageSize"}
      ],
      "responses": {
        "200": {"description": "A page of titles.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoviePage"}}}},
        "304": {"$ref": "#/components/responses/NotModified"},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    },
    "post": {
      "tags": ["movies"],
      "operationId": "createMovie",
      "summary": "Create a title",
      "description": "**Access: admin.** The server chooses the id when the body has none; `credits` sets the title's cast and crew. Audited.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "requestBody": {
        "required": true,
        "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/MovieInput"},
          "example": {"title": "Taxi Driver", "type": "MOVIE", "release_year": 1976, "genres": ["crime", "drama"], "imdb_score": 8.2}
        }}
      },
      "responses": {
        "201": {
          "description": "Created (`version` 1), with its credits.",
          "headers": {"Location": {"description": "The new title's URL.", "schema": {"type": "string"}, "example": "/api/v1/movies/tm84618"}},
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MovieDetail"}}}
        },
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "409": {"$ref": "#/components/responses/Conflict"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/movies/{id}": {
    "parameters": [{"$ref": "#/components/parameters/MovieId"}],
    "get": {
      "tags": ["movies"],
      "operationId": "getMovie",
      "summary": "A title with its credits",
      "description": "**Access: anyone; with a token also the caller's state.** Always includes `credits`; for a signed-in caller also `viewer` (their reaction, watched mark and views). A token that is sent must be valid (401 otherwise).",
      "x-moviedb-access": "anyone",
      "security": [{}, {"bearerAuth": []}],
      "responses": {
        "200": {"description": "The title.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MovieDetail"}}}},
        "304": {"$ref": "#/components/responses/NotModified"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    },
    "patch": {
      "tags": ["movies"],
      "operationId": "updateMovie",
      "summary": "Edit a title",
      "description": "**Access: admin.** Changes only the fields present (null clears an optional field); `credits`, when present, replaces the title's credits. `version` must be the title's current version: a stale one gets 409 (`stale_version`) and nothing changes. The id cannot change. Audited.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "requestBody": {
        "required": true,
        "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/MoviePatch"},
          "example": {"version": 3, "imdb_score": 8.3}
        }}
      },
      "responses": {
        "200": {"description": "The edited title (`version` one higher), with its credits.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MovieDetail"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "409": {"$ref": "#/components/responses/Conflict"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    },
    "delete": {
      "tags": ["movies"],
      "operationId": "deleteMovie",
      "summary": "Delete a title",
      "description": "**Access: admin.** Deletes the title with its credits and everyone's interactions with it. Audited.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "responses": {
        "204": {"description": "Deleted."},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/movies/{id}/reaction": {
    "parameters": [{"$ref": "#/components/parameters/MovieId"}],
    "put": {
      "tags": ["interactions"],
      "operationId": "setReaction",
      "summary": "Like or dislike a title",
      "description": "**Access: signed in.** Sets the caller's reaction; like and dislike exclude each other, so switching moves the count. Idempotent.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "requestBody": {
        "required": true,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ReactionBody"}}}
      },
      "responses": {
        "200": {"description": "The caller's new state and the title's counters.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionResult"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    },
    "delete": {
      "tags": ["interactions"],
      "operationId": "clearReaction",
      "summary": "Clear the caller's reaction",
      "description": "**Access: signed in.** Idempotent.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The caller's new state and the title's counters.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionResult"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/movies/{id}/watched": {
    "parameters": [{"$ref": "#/components/parameters/MovieId"}],
    "put": {
      "tags": ["interactions"],
      "operationId": "markWatched",
      "summary": "Mark a title watched",
      "description": "**Access: signed in.** No body. Idempotent.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The caller's new state and the title's counters.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionResult"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    },
    "delete": {
      "tags": ["interactions"],
      "operationId": "unmarkWatched",
      "summary": "Unmark a title as watched",
      "description": "**Access: signed in.** Idempotent.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The caller's new state and the title's counters.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionResult"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/movies/{id}/views": {
    "parameters": [{"$ref": "#/components/parameters/MovieId"}],
    "post": {
      "tags": ["interactions"],
      "operationId": "recordView",
      "summary": "Record a click-to-view",
      "description": "**Access: signed in.** No body. Adds one to the caller's `views` and the title's `views`.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The caller's new state and the title's counters.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionResult"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  }
})json";
}

std::string_view discovery_paths() {
  return R"json({
  "/api/v1/catalog": {
    "get": {
      "tags": ["discovery"],
      "operationId": "getCatalog",
      "summary": "Top titles by score",
      "description": "**Access: anyone; `exclude_interacted=true` needs a token.** The best titles by IMDb score. With `exclude_interacted=true` a signed-in caller gets only titles they have not reacted to, watched or viewed; without a token that gets 401.",
      "x-moviedb-access": "anyone",
      "security": [{}, {"bearerAuth": []}],
      "parameters": [
        {"name": "limit", "in": "query", "description": "How many titles.", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 100}},
        {"name": "exclude_interacted", "in": "query", "description": "Hide titles the caller interacted with (needs a token).", "schema": {"type": "boolean", "default": false}}
      ],
      "responses": {
        "200": {"description": "The first `limit` titles, best first; `total` counts every title that qualifies.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MoviePage"}}}},
        "304": {"$ref": "#/components/responses/NotModified"},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/recommendations": {
    "get": {
      "tags": ["discovery"],
      "operationId": "getRecommendations",
      "summary": "Personalised recommendations or preference search",
      "description": "**Access: signed in.** Without filters: titles chosen from the genres and people of what the caller liked and watched, excluding titles they already reacted to, best first. With any of `type`, `genre`, `actor`, `director`: the preference search, the top titles by score matching all of them (3 unless `page_size` says otherwise). Each item carries a `reason`.",
      "x-moviedb-access": "signed-in",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "type", "in": "query", "description": "Only movies or only shows.", "schema": {"type": "string", "enum": ["MOVIE", "SHOW"]}},
        {"name": "genre", "in": "query", "description": "Genre; repeat for any of several.", "style": "form", "explode": true, "schema": {"type": "array", "maxItems": 20, "items": {"type": "string", "maxLength": 200}}},
        {"name": "actor", "in": "query", "description": "An actor's name words.", "schema": {"type": "string", "maxLength": 200}, "example": "de niro"},
        {"name": "director", "in": "query", "description": "A director's name words.", "schema": {"type": "string", "maxLength": 200}, "example": "scorsese"},
        {"name": "page_size", "in": "query", "description": "How many titles (default 20; 3 for the preference search).", "schema": {"type": "integer", "minimum": 1, "maximum": 100}}
      ],
      "responses": {
        "200": {"description": "Recommended titles, best first.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/RecommendationPage"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/genres": {
    "get": {
      "tags": ["discovery"],
      "operationId": "listGenres",
      "summary": "Genres with title counts",
      "description": "**Access: anyone.** Every genre with its number of titles (for facets and filter pickers).",
      "x-moviedb-access": "anyone",
      "security": [],
      "responses": {
        "200": {"description": "The genres.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/GenreList"}}}},
        "304": {"$ref": "#/components/responses/NotModified"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/people": {
    "get": {
      "tags": ["discovery"],
      "operationId": "searchPeople",
      "summary": "Search cast and crew",
      "description": "**Access: anyone.** By name words (case- and accent-insensitive, the last word as a prefix); without `q`, everyone by name.",
      "x-moviedb-access": "anyone",
      "security": [],
      "parameters": [
        {"name": "q", "in": "query", "description": "Name words.", "schema": {"type": "string", "maxLength": 200}, "example": "de niro"},
        {"$ref": "#/components/parameters/Page"},
        {"$ref": "#/components/parameters/PageSize"}
      ],
      "responses": {
        "200": {"description": "A page of people.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PersonPage"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/people/{id}": {
    "parameters": [{"$ref": "#/components/parameters/PersonId"}],
    "get": {
      "tags": ["discovery"],
      "operationId": "getPerson",
      "summary": "A person's filmography",
      "description": "**Access: anyone.** The person with every credit, each with `movie_title` and `release_year`.",
      "x-moviedb-access": "anyone",
      "security": [],
      "responses": {
        "200": {"description": "The person.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/PersonDetail"}}}},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  }
})json";
}

std::string_view system_paths() {
  return R"json({
  "/healthz": {
    "get": {
      "tags": ["system"],
      "operationId": "getHealth",
      "summary": "Liveness",
      "description": "**Access: anyone.** The process is up; does not touch the store.",
      "x-moviedb-access": "anyone",
      "security": [],
      "responses": {
        "200": {"description": "Up.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Health"}, "example": {"status": "ok", "version": "0.1.0"}}}}
      }
    }
  },
  "/readyz": {
    "get": {
      "tags": ["system"],
      "operationId": "getReadiness",
      "summary": "Readiness",
      "description": "**Access: anyone.** The store answers a round trip (any member will do). `degraded` when reads are answered but writes would fail (a replica set without a primary): a load balancer keeps the instance, people can still browse.",
      "x-moviedb-access": "anyone",
      "security": [],
      "responses": {
        "200": {"description": "Ready.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Ready"}, "example": {"status": "ready", "store": "sqlite"}}}},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/metrics": {
    "get": {
      "tags": ["system"],
      "operationId": "getMetrics",
      "summary": "Prometheus metrics",
      "description": "**Access: anyone.** Prometheus text exposition format: requests by route and status, request latency histogram, store latency, worker pool use.",
      "x-moviedb-access": "anyone",
      "security": [],
      "responses": {
        "200": {
          "description": "The metrics.",
          "content": {"text/plain": {
            "schema": {"type": "string"},
            "example": "# HELP moviedb_http_requests_total HTTP requests by route and status.\n# TYPE moviedb_http_requests_total counter\nmoviedb_http_requests_total{route=\"GET /api/v1/movies\",status=\"200\"} 42\n"
          }}
        }
      }
    }
  },
  "/openapi.json": {
    "get": {
      "tags": ["system"],
      "operationId": "getOpenApi",
      "summary": "This document",
      "description": "**Access: anyone.** The OpenAPI description of the HTTP API.",
      "x-moviedb-access": "anyone",
      "security": [],
      "responses": {
        "200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}
      }
    }
  },
  "/api/v1/openapi.json": {
    "get": {
      "tags": ["system"],
      "operationId": "getOpenApiV1",
      "summary": "This document (under the API prefix)",
      "description": "**Access: anyone.** The same document as `GET /openapi.json`.",
      "x-moviedb-access": "anyone",
      "security": [],
      "responses": {
        "200": {"description": "The OpenAPI document.", "content": {"application/json": {"schema": {"type": "object"}}}}
      }
    }
  }
})json";
}

}  // namespace moviedb::routes::openapi_parts
