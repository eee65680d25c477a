// The OpenAPI document's /api/v1/admin paths (conventions as in openapi_paths.cpp).
#include "routes/openapi_document.hpp"

namespace moviedb::routes::openapi_parts {

std::string_view admin_paths() {
  return R"json({
  "/api/v1/admin/import": {
    "post": {
      "tags": ["admin"],
      "operationId": "importMovies",
      "summary": "Import titles from a file",
      "description": "**Access: admin.** The body is the file. Every record is validated on its own: valid records are kept, rejected ones are listed in `errors`. Idempotent on `id` (a record may also name it `_id`): a title that exists is replaced, keeping its interaction counters. With `dry_run=true` nothing is written and the answer reports the same numbers. Body limit 256 MiB; the token is checked from the headers before any of the body is read (before `100 Continue`), so a caller who is not an admin gets 401/403 and the connection closes. Audited.\n\nFormats: `json`, a JSON array of titles in the API's own shape (`ImportMovie`, e.g. the output of the JSON export); `ndjson`, one such title per line; `vega`, vega-datasets' `movies.json` (`VegaMovie`); `netflix`, `multipart/form-data` with the parts `titles` (titles.csv: id,title,type,description,release_year,age_certification,runtime,genres,production_countries,seasons,imdb_id,imdb_score,imdb_votes,tmdb_popularity,tmdb_score) and `credits` (credits.csv: person_id,id,name,character,role).",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "format", "in": "query", "description": "The file's format. When absent: `netflix` for `multipart/form-data`, `ndjson` for `application/x-ndjson`, `json` otherwise.", "schema": {"type": "string", "enum": ["json", "ndjson", "vega", "netflix"]}},
        {"$ref": "#/components/parameters/DryRun"}
      ],
      "requestBody": {
        "required": true,
        "content": {
          "application/json": {
            "schema": {
              "description": "`format=json`: titles in the API's shape; `format=vega`: vega-datasets records.",
              "anyOf": [
                {"type": "array", "items": {"$ref": "#/components/schemas/ImportMovie"}},
                {"type": "array", "items": {"$ref": "#/components/schemas/VegaMovie"}}
              ]
            },
            "example": [{"id": "tm84618", "title": "Taxi Driver", "type": "MOVIE", "release_year": 1976, "genres": ["crime", "drama"],
                         "credits": [{"person_id": "3748", "name": "Robert De Niro", "character": "Travis Bickle", "role": "ACTOR"}]}]
          },
          "application/x-ndjson": {
            "schema": {"type": "string", "description": "`format=ndjson`: one `ImportMovie` JSON object per line."},
            "example": "{\"id\": \"tm84618\", \"title\": \"Taxi Driver\", \"release_year\": 1976}\n{\"id\": \"tm127384\", \"title\": \"Monty Python and the Holy Grail\", \"release_year\": 1975}\n"
          },
          "multipart/form-data": {
            "schema": {
              "type": "object",
              "description": "`format=netflix`: the CSV files of the Netflix titles dataset; at least one part (`credits` alone attaches credits to stored titles).",
              "minProperties": 1,
              "properties": {
                "titles": {"type": "string", "format": "binary", "description": "titles.csv with its header row."},
                "credits": {"type": "string", "format": "binary", "description": "credits.csv with its header row; credits of titles neither in this file nor stored are rejected."}
              }
            },
            "encoding": {
              "titles": {"contentType": "text/csv"},
              "credits": {"contentType": "text/csv"}
            }
          }
        }
      },
      "responses": {
        "200": {"description": "What was (or would be) imported.", "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/ImportResult"},
          "example": {"inserted": 3190, "updated": 0, "rejected": 1, "errors": [{"index": 17, "id": "tm17", "message": "title: is required"}]}
        }}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/movies/bulk-delete": {
    "post": {
      "tags": ["admin"],
      "operationId": "bulkDeleteMovies",
      "summary": "Delete many titles",
      "description": "**Access: superadmin.** Deletes the titles named by `ids`, or every title matching `filter` (the `GET /api/v1/movies` keys; an empty filter is refused), with their credits and interactions. With `dry_run: true` it only counts. Audited.",
      "x-moviedb-access": "superadmin",
      "security": [{"bearerAuth": []}],
      "parameters": [{"$ref": "#/components/parameters/DryRun"}],
      "requestBody": {
        "required": true,
        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkDeleteRequest"}}}
      },
      "responses": {
        "200": {"description": "`{deleted: N}`, or `{would_delete: N}` for a dry run.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/BulkDeleteResult"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/movies/export": {
    "get": {
      "tags": ["admin"],
      "operationId": "exportMovies",
      "summary": "Download titles",
      "description": "**Access: admin.** Every title matching the `GET /api/v1/movies` filters, in `sort` order, as a download (not paged: `page` and `page_size` are ignored; at most 1,000,000 titles). The JSON export imports again unchanged with `format=json`; the CSV (RFC 4180, CRLF) has a header row of the `Movie` field names and list fields joined with `|`.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "format", "in": "query", "description": "The file's format.", "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"}},
        {"$ref": "#/components/parameters/MovieQ"},
        {"$ref": "#/components/parameters/MovieType"},
        {"$ref": "#/components/parameters/MovieGenre"},
        {"$ref": "#/components/parameters/MovieYearMin"},
        {"$ref": "#/components/parameters/MovieYearMax"},
        {"$ref": "#/components/parameters/MovieScoreMin"},
        {"$ref": "#/components/parameters/MovieCertification"},
        {"$ref": "#/components/parameters/MovieCountry"},
        {"$ref": "#/components/parameters/MoviePerson"},
        {"$ref": "#/components/parameters/MovieSort"}
      ],
      "responses": {
        "200": {
          "description": "The file.",
          "headers": {
            "Content-Disposition": {
              "description": "`attachment; filename=\"movies.json\"` or `attachment; filename=\"movies.csv\"`.",
              "schema": {"type": "string"},
              "example": "attachment; filename=\"movies.json\""
            },
            "X-Total-Count": {
              "description": "How many titles the file holds.",
              "schema": {"type": "integer", "minimum": 0},
              "example": 3201
            }
          },
          "content": {
            "application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Movie"}}},
            "text/csv": {"schema": {"type": "string"}, "example": "id,title,type,description,release_year,...\ntm84618,Taxi Driver,MOVIE,...\n"}
          }
        },
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/users": {
    "get": {
      "tags": ["admin"],
      "operationId": "listUsers",
      "summary": "List accounts",
      "description": "**Access: admin.**",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "q", "in": "query", "description": "Username or display name prefix (case-insensitive).", "schema": {"type": "string", "maxLength": 200}},
        {"name": "role", "in": "query", "description": "Only accounts with this role.", "schema": {"$ref": "#/components/schemas/Role"}},
        {"$ref": "#/components/parameters/Page"},
        {"$ref": "#/components/parameters/PageSize"}
      ],
      "responses": {
        "200": {"description": "A page of accounts.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/UserPage"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    },
    "post": {
      "tags": ["admin"],
      "operationId": "createUser",
      "summary": "Create an account",
      "description": "**Access: admin; roles above `user` only by a superadmin** (403 otherwise). Audited.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "requestBody": {
        "required": true,
        "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/AdminUserCreate"},
          "example": {"username": "grace", "password": "a long passphrase", "role": "admin", "display_name": "Grace Hopper"}
        }}
      },
      "responses": {
        "201": {"description": "Created.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "409": {"$ref": "#/components/responses/Conflict"},
        "413": {"$ref": "#/components/responses/PayloadTooLarge"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/users/{id}": {
    "parameters": [{"$ref": "#/components/parameters/UserId"}],
    "get": {
      "tags": ["admin"],
      "operationId": "getUser",
      "summary": "An account",
      "description": "**Access: admin.**",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The account.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    },
    "patch": {
      "tags": ["admin"],
      "operationId": "updateUser",
      "summary": "Edit an account",
      "description": "**Access: admin; roles above `user` only by a superadmin.** Changing a role to or from `admin`/`superadmin`, or changing an `admin`/`superadmin` account, needs a superadmin (403 otherwise). The last active superadmin cannot be demoted or disabled (409). Audited (the password never appears in the log).",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "requestBody": {
        "required": true,
        "content": {"application/json": {
          "schema": {"$ref": "#/components/schemas/AdminUserPatch"},
          "example": {"disabled": true}
        }}
      },
      "responses": {
        "200": {"description": "The edited account.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/User"}}}},
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
      "tags": ["admin"],
      "operationId": "deleteUser",
      "summary": "Delete an account",
      "description": "**Access: admin; `admin`/`superadmin` accounts only by a superadmin** (403 otherwise). Deletes the account with its sessions and interactions. The last active superadmin cannot be deleted (409). Audited.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "responses": {
        "204": {"description": "Deleted."},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "409": {"$ref": "#/components/responses/Conflict"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/interactions": {
    "get": {
      "tags": ["admin"],
      "operationId": "listInteractions",
      "summary": "Everyone's interactions",
      "description": "**Access: admin.** Interactions of all users, each with `username` and `movie_title`, filtered by user, title, kind and time (of the last change).",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "user", "in": "query", "description": "A user's id or username.", "schema": {"type": "string", "maxLength": 200}},
        {"name": "movie", "in": "query", "description": "A title's id.", "schema": {"$ref": "#/components/schemas/MovieIdString"}},
        {"name": "kind", "in": "query", "description": "`like` or `dislike`: that reaction; `watched`: marked watched; `viewed`: viewed at least once.", "schema": {"type": "string", "enum": ["like", "dislike", "watched", "viewed"]}},
        {"$ref": "#/components/parameters/Since"},
        {"$ref": "#/components/parameters/Until"},
        {"$ref": "#/components/parameters/Page"},
        {"$ref": "#/components/parameters/PageSize"}
      ],
      "responses": {
        "200": {"description": "A page of interactions.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/InteractionPage"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/stats": {
    "get": {
      "tags": ["admin"],
      "operationId": "getStats",
      "summary": "Dashboard statistics",
      "description": "**Access: admin.** Counts, top liked and viewed titles, reactions per genre and activity per day.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The statistics.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Stats"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/cluster": {
    "get": {
      "tags": ["admin"],
      "operationId": "getCluster",
      "summary": "The store's topology",
      "description": "**Access: admin.** The adapter and what it can tell: on MongoDB the shards, replica set members and their states, per-shard document counts and the balancer state, as far as mongos reports them (facts it cannot read are listed in `unavailable`); on SQLite the file and its counts.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The topology.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/ClusterInfo"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/cluster/placement": {
    "get": {
      "tags": ["admin"],
      "operationId": "getPlacement",
      "summary": "Where the data lives",
      "description": "**Access: admin.** From the cluster's own catalogue, read through mongos (with `--monitor-store` when the application's user may not read it): the shards, the database's primary shard, and per collection its shard key, chunk count per shard, jumbo chunks and the chunk ranges (at most 1,000 shown). An unsharded collection lives on the primary shard. Not through mongos, or on SQLite: one node holds every document.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "responses": {
        "200": {"description": "The placement.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Placement"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/cluster/placement/{collection}/{id}": {
    "get": {
      "tags": ["admin"],
      "operationId": "locateDocument",
      "summary": "Where one document lives",
      "description": "**Access: admin.** The shard, and the chunk range, that hold one title, person or account, worked out as mongos routes it: the document's shard key (hashed fields hashed as MongoDB hashes them) against the chunk ranges in `config.chunks`. For a title, also where its credits live (they are sharded by `movie_id`). Not through mongos, or on SQLite: one node holds it.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "collection", "in": "path", "required": true, "description": "Which kind of document.", "schema": {"type": "string", "enum": ["movies", "people", "users"]}},
        {"name": "id", "in": "path", "required": true, "description": "The document's id, as the API shows it.", "schema": {"type": "string", "minLength": 1, "maxLength": 64}, "example": "tt0111161"}
      ],
      "responses": {
        "200": {"description": "Where it lives.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/DocumentPlacement"}}}},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "404": {"$ref": "#/components/responses/NotFound"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  },
  "/api/v1/admin/audit": {
    "get": {
      "tags": ["admin"],
      "operationId": "listAudit",
      "summary": "The audit log",
      "description": "**Access: admin.** Every admin write, newest first.",
      "x-moviedb-access": "admin",
      "security": [{"bearerAuth": []}],
      "parameters": [
        {"name": "actor", "in": "query", "description": "The acting user's id or username.", "schema": {"type": "string", "maxLength": 200}},
        {"name": "action", "in": "query", "description": "`create`, `update`, `delete`, `import`, `bulk_delete`, …", "schema": {"type": "string", "maxLength": 64}},
        {"name": "collection", "in": "query", "description": "`movies`, `users`, …", "schema": {"type": "string", "maxLength": 64}},
        {"$ref": "#/components/parameters/Since"},
        {"$ref": "#/components/parameters/Until"},
        {"$ref": "#/components/parameters/Page"},
        {"name": "page_size", "in": "query", "description": "Entries per page.", "schema": {"type": "integer", "format": "int64", "minimum": 1, "maximum": 100, "default": 50}}
      ],
      "responses": {
        "200": {"description": "A page of entries.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/AuditPage"}}}},
        "400": {"$ref": "#/components/responses/BadRequest"},
        "401": {"$ref": "#/components/responses/Unauthorized"},
        "403": {"$ref": "#/components/responses/Forbidden"},
        "503": {"$ref": "#/components/responses/ServiceUnavailable"}
      }
    }
  }
})json";
}

}  // namespace moviedb::routes::openapi_parts
