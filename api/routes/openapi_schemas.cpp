// The OpenAPI document's wire types (components.schemas). Movie, MovieInput,
// MoviePatch and ImportMovie are generated from domain::movie_fields() in
// openapi_document.cpp; their per-field texts are in movie_field_docs() below.
#include "routes/openapi_document.hpp"

namespace moviedb::routes::openapi_parts {

std::string_view movie_field_docs() {
  return R"json({
  "id": {"description": "The title's key: 1-64 letters, digits, '-', '_', '.', ':'. Chosen by the server when a create or import record has none.", "pattern": "^[A-Za-z0-9._:-]{1,64}$", "example": "tm84618"},
  "title": {"description": "The title's name.", "minLength": 1, "example": "Taxi Driver"},
  "type": {"description": "`MOVIE` or `SHOW`.", "enum": ["MOVIE", "SHOW"], "default": "MOVIE", "example": "MOVIE"},
  "description": {"description": "Plot summary.", "example": "A mentally unstable Vietnam War veteran works as a night-time taxi driver in New York City."},
  "release_year": {"description": "Year of first release.", "example": 1976},
  "age_certification": {"description": "Age rating (`G`, `PG`, `PG-13`, `R`, `NC-17`, `TV-MA`, …); empty when unknown.", "example": "R"},
  "runtime": {"description": "Running time in minutes (per episode for shows).", "example": 114},
  "genres": {"description": "Genres, lower case, sorted, without duplicates.", "example": ["crime", "drama"]},
  "production_countries": {"description": "Production countries as ISO 3166-1 alpha-2 codes, upper case, sorted, without duplicates.", "example": ["US"]},
  "seasons": {"description": "Number of seasons (shows only).", "example": null},
  "imdb_id": {"description": "IMDb id; empty when unknown.", "example": "tt0075314"},
  "imdb_score": {"description": "IMDb rating, 0-10.", "example": 8.2},
  "imdb_votes": {"description": "Number of IMDb votes.", "example": 808582},
  "tmdb_popularity": {"description": "TMDB popularity.", "example": 40.965},
  "tmdb_score": {"description": "TMDB rating, 0-10.", "example": 8.179},
  "us_gross": {"description": "US box office gross, USD.", "example": 28262574},
  "worldwide_gross": {"description": "Worldwide box office gross, USD.", "example": 28262574},
  "us_dvd_sales": {"description": "US DVD sales, USD.", "example": null},
  "production_budget": {"description": "Production budget, USD.", "example": 1300000},
  "rotten_tomatoes_rating": {"description": "Rotten Tomatoes critics' rating, percent.", "example": 98},
  "release_date": {"description": "Release date as the source gave it (ISO `YYYY-MM-DD` preferred); empty when unknown.", "example": "1976-02-08"},
  "distributor": {"description": "Distributor; empty when unknown.", "example": "Sony Pictures"},
  "source": {"description": "What the story is based on (`Original Screenplay`, `Based on Book/Short Story`, …); empty when unknown.", "example": "Original Screenplay"},
  "creative_type": {"description": "Creative type (`Contemporary Fiction`, `Science Fiction`, …); empty when unknown.", "example": "Contemporary Fiction"},
  "likes": {"description": "How many users like this title. Maintained by the server.", "example": 12},
  "dislikes": {"description": "How many users dislike this title. Maintained by the server.", "example": 1},
  "watched": {"description": "How many users marked this title watched. Maintained by the server.", "example": 30},
  "views": {"description": "Click-to-view count over all users. Maintained by the server.", "example": 154},
  "created_at": {"description": "When the record was created. Maintained by the server.", "example": "2024-05-01T12:00:00.000Z"},
  "updated_at": {"description": "When the record's fields last changed. Maintained by the server.", "example": "2024-05-02T08:30:00.000Z"},
  "version": {"description": "Grows by one with every edit; send it back in `PATCH` for optimistic concurrency. Maintained by the server.", "example": 3}
})json";
}

std::string_view schemas() {
  return R"json({
  "MovieIdString": {
    "type": "string",
    "pattern": "^[A-Za-z0-9._:-]{1,64}$",
    "description": "A title's id: 1-64 letters, digits, '-', '_', '.', ':'.",
    "example": "tm84618"
  },

  "Error": {
    "type": "object",
    "description": "The body of every non-2xx response.",
    "required": ["error"],
    "properties": {
      "error": {
        "type": "object",
        "required": ["code", "message", "details"],
        "properties": {
          "code": {"type": "string", "description": "Stable, machine-readable reason, e.g. `invalid` (field errors in `details`), `invalid_json`, `bad_request`, `unauthenticated`, `invalid_credentials`, `invalid_token`, `account_disabled`, `forbidden`, `not_found`, `conflict`, `duplicate_id`, `stale_version`, `username_taken`, `last_superadmin`, `body_too_large`, `headers_too_large`, `method_not_allowed`, `request_timeout`, `rate_limited`, `store_unavailable`, `overloaded`, `deadline_exceeded`.", "example": "invalid"},
          "message": {"type": "string", "description": "Human-readable explanation.", "example": "invalid input"},
          "details": {"type": "array", "description": "One entry per invalid field or query parameter; empty otherwise.", "items": {"$ref": "#/components/schemas/FieldError"}}
        }
      }
    }
  },
  "FieldError": {
    "type": "object",
    "required": ["field", "message"],
    "properties": {
      "field": {"type": "string", "description": "The body field or query parameter.", "example": "title"},
      "message": {"type": "string", "example": "is required"}
    }
  },

  "Viewer": {
    "type": "object",
    "description": "The signed-in caller's own state for a title.",
    "required": ["reaction", "watched", "views"],
    "properties": {
      "reaction": {"type": "string", "enum": ["like", "dislike", null], "nullable": true, "description": "`like`, `dislike` or null (none); exclusive."},
      "watched": {"type": "boolean"},
      "views": {"type": "integer", "format": "int64", "minimum": 0, "description": "How often the caller clicked to view it."}
    }
  },
  "MovieDetail": {
    "description": "A title with its credits; for a signed-in caller also `viewer`, the caller's interaction state.",
    "allOf": [
      {"$ref": "#/components/schemas/Movie"},
      {
        "type": "object",
        "required": ["credits"],
        "properties": {
          "credits": {"type": "array", "items": {"$ref": "#/components/schemas/Credit"}},
          "viewer": {"$ref": "#/components/schemas/Viewer"}
        }
      }
    ]
  },
  "Recommendation": {
    "description": "A recommended title and why it was chosen.",
    "allOf": [
      {"$ref": "#/components/schemas/Movie"},
      {
        "type": "object",
        "required": ["reason"],
        "properties": {
          "reason": {"type": "string", "description": "Why it is recommended, for showing to the user.", "example": "because you liked crime titles directed by Martin Scorsese"}
        }
      }
    ]
  },

  "Credit": {
    "type": "object",
    "description": "A person in a title. In filmographies it also names the title.",
    "required": ["movie_id", "person_id", "name", "character", "role"],
    "properties": {
      "movie_id": {"type": "string", "example": "tm84618"},
      "person_id": {"type": "string", "example": "3748"},
      "name": {"type": "string", "example": "Robert De Niro"},
      "character": {"type": "string", "description": "The character played; empty for crew.", "example": "Travis Bickle"},
      "role": {"type": "string", "description": "`ACTOR`, `DIRECTOR`, …", "example": "ACTOR"},
      "movie_title": {"type": "string", "description": "Present in filmographies.", "example": "Taxi Driver"},
      "release_year": {"type": "integer", "nullable": true, "description": "Present (possibly null) with `movie_title`.", "example": 1976}
    }
  },
  "CreditInput": {
    "type": "object",
    "description": "A credit inside a title's body (the title is the enclosing record).",
    "required": ["name", "role"],
    "additionalProperties": false,
    "properties": {
      "person_id": {"type": "string", "pattern": "^[A-Za-z0-9._:-]{1,64}$", "description": "The person's id; when absent it is derived from the name, so the same name is the same person.", "example": "3748"},
      "name": {"type": "string", "minLength": 1, "maxLength": 200, "example": "Robert De Niro"},
      "character": {"type": "string", "maxLength": 1000, "description": "The character played; empty or absent for crew.", "example": "Travis Bickle"},
      "role": {"type": "string", "minLength": 1, "maxLength": 32, "pattern": "^[A-Za-z0-9_]+$", "description": "Upper-cased by the server: `ACTOR`, `DIRECTOR`, …", "example": "ACTOR"},
      "movie_id": {"type": "string", "description": "If present and not empty, must be the enclosing title's id."},
      "movie_title": {"description": "Any value, ignored (filmographies in exported documents carry it)."},
      "release_year": {"description": "Any value, ignored, like `movie_title`."}
    }
  },
  "Person": {
    "type": "object",
    "required": ["id", "name", "credits"],
    "properties": {
      "id": {"type": "string", "example": "3748"},
      "name": {"type": "string", "example": "Robert De Niro"},
      "credits": {"type": "integer", "format": "int64", "minimum": 0, "description": "How many credits the person has.", "example": 42}
    }
  },
  "PersonDetail": {
    "type": "object",
    "description": "A person with their filmography.",
    "required": ["id", "name", "credits"],
    "properties": {
      "id": {"type": "string", "example": "3748"},
      "name": {"type": "string", "example": "Robert De Niro"},
      "credits": {"type": "array", "items": {"$ref": "#/components/schemas/Credit"}}
    }
  },
  "GenreCount": {
    "type": "object",
    "required": ["genre", "count"],
    "properties": {
      "genre": {"type": "string", "example": "drama"},
      "count": {"type": "integer", "format": "int64", "minimum": 0, "description": "Titles in this genre.", "example": 789}
    }
  },

  "Role": {
    "type": "string",
    "enum": ["user", "admin", "superadmin"],
    "description": "`user` < `admin` < `superadmin`."
  },
  "Username": {
    "type": "string",
    "minLength": 3,
    "maxLength": 32,
    "pattern": "^[A-Za-z0-9_.-]{3,32}$",
    "description": "3-32 letters, digits, '_', '.', '-'; unique regardless of case.",
    "example": "ada_l"
  },
  "Password": {
    "type": "string",
    "format": "password",
    "minLength": 8,
    "maxLength": 256,
    "description": "8 to 256 bytes (UTF-8).",
    "example": "correct horse battery"
  },
  "User": {
    "type": "object",
    "description": "An account. The password hash never leaves the server.",
    "required": ["id", "username", "display_name", "role", "disabled", "created_at", "updated_at"],
    "properties": {
      "id": {"type": "string", "readOnly": true, "example": "u0123456789abcdef"},
      "username": {"$ref": "#/components/schemas/Username"},
      "display_name": {"type": "string", "maxLength": 100, "description": "Shown name; the username when none was given.", "example": "Ada Lovelace"},
      "role": {"$ref": "#/components/schemas/Role"},
      "disabled": {"type": "boolean", "description": "A disabled account cannot sign in and its tokens stop working."},
      "created_at": {"type": "string", "format": "date-time", "readOnly": true},
      "updated_at": {"type": "string", "format": "date-time", "readOnly": true}
    }
  },
  "AuthRequest": {
    "type": "object",
    "description": "Register. `display_name` defaults to the username. Unknown fields are rejected.",
    "additionalProperties": false,
    "required": ["username", "password"],
    "properties": {
      "username": {"$ref": "#/components/schemas/Username"},
      "password": {"$ref": "#/components/schemas/Password"},
      "display_name": {"type": "string", "maxLength": 100, "description": "At most 100 bytes.", "example": "Ada Lovelace"}
    }
  },
  "LoginRequest": {
    "type": "object",
    "description": "Sign in. The username matches regardless of case. Unknown fields (also `display_name`) are rejected.",
    "additionalProperties": false,
    "required": ["username", "password"],
    "properties": {
      "username": {"type": "string", "example": "ada_l"},
      "password": {"type": "string", "format": "password", "example": "correct horse battery"}
    }
  },
  "AuthResponse": {
    "type": "object",
    "required": ["token", "user"],
    "properties": {
      "token": {"type": "string", "description": "The bearer token, shown only here: send it as `Authorization: Bearer <token>`.", "example": "q0tQ7k2Yc1mD9yXo3bVnU5sLr8wEa4Gh6jZp0iFt2Kc"},
      "user": {"$ref": "#/components/schemas/User"}
    }
  },
  "AdminUserCreate": {
    "type": "object",
    "description": "Only a superadmin may create `admin` or `superadmin` accounts. `role` defaults to `user`; `display_name` to the username. Unknown fields are rejected.",
    "additionalProperties": false,
    "required": ["username", "password"],
    "properties": {
      "username": {"$ref": "#/components/schemas/Username"},
      "password": {"$ref": "#/components/schemas/Password"},
      "role": {"$ref": "#/components/schemas/Role"},
      "display_name": {"type": "string", "maxLength": 100, "example": "Ada Lovelace"}
    }
  },
  "AdminUserPatch": {
    "type": "object",
    "description": "Only the fields present change. Changing a role to or from `admin`/`superadmin`, or changing an `admin`/`superadmin` account, needs a superadmin; the last active superadmin cannot be demoted or disabled (409). Disabling an account or setting its password ends its sessions. Unknown fields are rejected.",
    "additionalProperties": false,
    "minProperties": 1,
    "properties": {
      "display_name": {"type": "string", "maxLength": 100},
      "role": {"$ref": "#/components/schemas/Role"},
      "disabled": {"type": "boolean"},
      "password": {"$ref": "#/components/schemas/Password"}
    }
  },

  "Interaction": {
    "type": "object",
    "description": "One user's state for one title.",
    "required": ["user_id", "movie_id", "reaction", "watched", "watched_at", "views", "last_viewed_at", "created_at", "updated_at"],
    "properties": {
      "user_id": {"type": "string", "example": "u0123456789abcdef"},
      "movie_id": {"type": "string", "example": "tm84618"},
      "movie_title": {"type": "string", "description": "The title's name, filled in lists.", "example": "Taxi Driver"},
      "username": {"type": "string", "description": "The user's name, filled in admin lists.", "example": "ada_l"},
      "reaction": {"type": "string", "enum": ["like", "dislike", null], "nullable": true, "description": "`like`, `dislike` or null; exclusive."},
      "watched": {"type": "boolean"},
      "watched_at": {"type": "string", "format": "date-time", "nullable": true, "description": "When it was marked watched; null when not watched."},
      "views": {"type": "integer", "format": "int64", "minimum": 0},
      "last_viewed_at": {"type": "string", "format": "date-time", "nullable": true, "description": "Null when never viewed."},
      "created_at": {"type": "string", "format": "date-time"},
      "updated_at": {"type": "string", "format": "date-time"}
    }
  },
  "InteractionResult": {
    "type": "object",
    "description": "The caller's new state for the title and the title's new counters.",
    "required": ["movie_id", "viewer", "likes", "dislikes", "watched", "views"],
    "properties": {
      "movie_id": {"type": "string", "example": "tm84618"},
      "viewer": {"$ref": "#/components/schemas/Viewer"},
      "likes": {"type": "integer", "format": "int64", "minimum": 0, "example": 13},
      "dislikes": {"type": "integer", "format": "int64", "minimum": 0, "example": 1},
      "watched": {"type": "integer", "format": "int64", "minimum": 0, "example": 30},
      "views": {"type": "integer", "format": "int64", "minimum": 0, "example": 154}
    }
  },
  "ReactionBody": {
    "type": "object",
    "required": ["reaction"],
    "additionalProperties": false,
    "properties": {
      "reaction": {"type": "string", "enum": ["like", "dislike"]}
    },
    "example": {"reaction": "like"}
  },

  "MoviePage": {
    "type": "object",
    "required": ["items", "page", "page_size", "total", "total_exact"],
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Movie"}},
      "page": {"$ref": "#/components/schemas/PageNumber"},
      "page_size": {"$ref": "#/components/schemas/PageSizeNumber"},
      "total": {"$ref": "#/components/schemas/TotalNumber"},
      "total_exact": {"$ref": "#/components/schemas/TotalExact"}
    }
  },
  "RecommendationPage": {
    "type": "object",
    "description": "Recommended titles, best first: one page, whose total is what it holds.",
    "required": ["items", "page", "page_size", "total", "total_exact"],
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Recommendation"}},
      "page": {"$ref": "#/components/schemas/PageNumber"},
      "page_size": {"$ref": "#/components/schemas/PageSizeNumber"},
      "total": {"$ref": "#/components/schemas/TotalNumber"},
      "total_exact": {"$ref": "#/components/schemas/TotalExact"}
    }
  },
  "GenreList": {
    "type": "object",
    "description": "Every genre with its number of titles (unpaged).",
    "required": ["items"],
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/components/schemas/GenreCount"}}
    }
  },
  "PersonPage": {
    "type": "object",
    "required": ["items", "page", "page_size", "total", "total_exact"],
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Person"}},
      "page": {"$ref": "#/components/schemas/PageNumber"},
      "page_size": {"$ref": "#/components/schemas/PageSizeNumber"},
      "total": {"$ref": "#/components/schemas/TotalNumber"},
      "total_exact": {"$ref": "#/components/schemas/TotalExact"}
    }
  },
  "UserPage": {
    "type": "object",
    "required": ["items", "page", "page_size", "total", "total_exact"],
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/components/schemas/User"}},
      "page": {"$ref": "#/components/schemas/PageNumber"},
      "page_size": {"$ref": "#/components/schemas/PageSizeNumber"},
      "total": {"$ref": "#/components/schemas/TotalNumber"},
      "total_exact": {"$ref": "#/components/schemas/TotalExact"}
    }
  },
  "InteractionPage": {
    "type": "object",
    "required": ["items", "page", "page_size", "total", "total_exact"],
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/components/schemas/Interaction"}},
      "page": {"$ref": "#/components/schemas/PageNumber"},
      "page_size": {"$ref": "#/components/schemas/PageSizeNumber"},
      "total": {"$ref": "#/components/schemas/TotalNumber"},
      "total_exact": {"$ref": "#/components/schemas/TotalExact"}
    }
  },
  "AuditPage": {
    "type": "object",
    "required": ["items", "page", "page_size", "total", "total_exact"],
    "properties": {
      "items": {"type": "array", "items": {"$ref": "#/components/schemas/AuditEntry"}},
      "page": {"$ref": "#/components/schemas/PageNumber"},
      "page_size": {"$ref": "#/components/schemas/PageSizeNumber"},
      "total": {"$ref": "#/components/schemas/TotalNumber"},
      "total_exact": {"$ref": "#/components/schemas/TotalExact"}
    }
  },
  "PageNumber": {"type": "integer", "format": "int64", "minimum": 1, "description": "This page, 1-based.", "example": 1},
  "PageSizeNumber": {"type": "integer", "format": "int64", "minimum": 0, "maximum": 100, "description": "Items per page as requested.", "example": 20},
  "TotalNumber": {"type": "integer", "format": "int64", "minimum": 0, "description": "Matching items over all pages; with total_exact false, a lower bound.", "example": 3201},
  "TotalExact": {"type": "boolean", "description": "False when more than `total` items match: a movie search stops counting after 10,000 matches, or just past the page asked for (the client shows \"10,000+\"). Other lists are always exact.", "example": true},

  "VegaMovie": {
    "type": "object",
    "description": "One record of vega-datasets' `movies.json` (`format=vega`). Keys are as in that file; any may be null. The title's id is derived from the record.",
    "required": ["Title"],
    "properties": {
      "Title": {"type": "string", "example": "Taxi Driver"},
      "US Gross": {"type": "number", "nullable": true},
      "Worldwide Gross": {"type": "number", "nullable": true},
      "US DVD Sales": {"type": "number", "nullable": true},
      "Production Budget": {"type": "number", "nullable": true},
      "Release Date": {"type": "string", "nullable": true, "example": "Feb 08 1976"},
      "MPAA Rating": {"type": "string", "nullable": true, "example": "R"},
      "Running Time min": {"type": "number", "nullable": true},
      "Distributor": {"type": "string", "nullable": true},
      "Source": {"type": "string", "nullable": true},
      "Major Genre": {"type": "string", "nullable": true, "example": "Drama"},
      "Creative Type": {"type": "string", "nullable": true},
      "Director": {"type": "string", "nullable": true, "example": "Martin Scorsese"},
      "Rotten Tomatoes Rating": {"type": "number", "nullable": true},
      "IMDB Rating": {"type": "number", "nullable": true},
      "IMDB Votes": {"type": "number", "nullable": true}
    }
  },
  "ImportError": {
    "type": "object",
    "description": "A rejected record.",
    "required": ["index", "message"],
    "properties": {
      "index": {"type": "integer", "format": "int64", "minimum": 0, "description": "0-based position of the record in the file (netflix: the row of titles.csv or credits.csv, not counting the header).", "example": 17},
      "id": {"type": "string", "description": "The record's id, when it had one.", "example": "tm84618"},
      "message": {"type": "string", "description": "CSV and NDJSON messages start with `FILE line N: `.", "example": "release_year: must be between 1870 and 2100"}
    }
  },
  "ImportResult": {
    "type": "object",
    "description": "What an import did (or, with `dry_run=true`, would do). Valid records are kept even when others are rejected.",
    "required": ["inserted", "updated", "rejected", "errors"],
    "properties": {
      "records": {"type": "integer", "format": "int64", "minimum": 0, "description": "Records read (netflix: title rows and credit rows).", "example": 3201},
      "inserted": {"type": "integer", "format": "int64", "minimum": 0, "example": 3190},
      "updated": {"type": "integer", "format": "int64", "minimum": 0, "example": 0},
      "rejected": {"type": "integer", "format": "int64", "minimum": 0, "example": 11},
      "credits_added": {"type": "integer", "format": "int64", "minimum": 0, "description": "Credits that were new (netflix credits.csv).", "example": 0},
      "errors": {"type": "array", "maxItems": 1000, "description": "The rejected records, at most 1000 (`rejected` is the exact count).", "items": {"$ref": "#/components/schemas/ImportError"}}
    }
  },

  "MovieFilter": {
    "type": "object",
    "description": "The filters of `GET /api/v1/movies` as a JSON object. Text is non-empty; `genre`, `certification` and `country` also take a non-empty array (any of them); numbers may also be given as their text, as a query string carries them. At least one filter (an empty filter is refused).",
    "minProperties": 1,
    "additionalProperties": false,
    "properties": {
      "q": {"type": "string", "minLength": 1, "maxLength": 200},
      "type": {"type": "string", "enum": ["MOVIE", "SHOW"]},
      "genre": {"oneOf": [{"type": "string", "minLength": 1, "maxLength": 200}, {"type": "array", "minItems": 1, "maxItems": 20, "items": {"type": "string", "minLength": 1, "maxLength": 200}}]},
      "year_min": {"oneOf": [{"type": "integer", "minimum": 0, "maximum": 3000}, {"type": "string", "pattern": "^([0-9]|[1-9][0-9]{1,2}|[12][0-9]{3}|3000)$"}]},
      "year_max": {"oneOf": [{"type": "integer", "minimum": 0, "maximum": 3000}, {"type": "string", "pattern": "^([0-9]|[1-9][0-9]{1,2}|[12][0-9]{3}|3000)$"}]},
      "score_min": {"oneOf": [{"type": "number", "minimum": 0, "maximum": 10}, {"type": "string", "pattern": "^(10(\\.0+)?|[0-9](\\.[0-9]+)?)$"}]},
      "certification": {"oneOf": [{"type": "string", "minLength": 1, "maxLength": 200}, {"type": "array", "minItems": 1, "maxItems": 20, "items": {"type": "string", "minLength": 1, "maxLength": 200}}]},
      "country": {"oneOf": [{"type": "string", "minLength": 1, "maxLength": 200}, {"type": "array", "minItems": 1, "maxItems": 50, "items": {"type": "string", "minLength": 1, "maxLength": 200}}]},
      "person": {"type": "string", "minLength": 1, "maxLength": 200}
    },
    "example": {"genre": ["horror"], "year_max": 1970}
  },
  "BulkDeleteRequest": {
    "type": "object",
    "description": "Exactly one of `ids` or `filter`. Deleting a title also deletes its credits and everyone's interactions with it.",
    "additionalProperties": false,
    "properties": {
      "ids": {"type": "array", "minItems": 1, "maxItems": 10000, "items": {"type": "string"}, "description": "1 to 10000 title ids; ids that do not exist are not counted."},
      "filter": {"$ref": "#/components/schemas/MovieFilter"},
      "dry_run": {"type": "boolean", "default": false, "description": "`true`: count what would be deleted, delete nothing (also accepted as the query parameter `dry_run=true`)."}
    },
    "oneOf": [
      {"required": ["ids"]},
      {"required": ["filter"]}
    ],
    "example": {"filter": {"genre": "horror", "year_max": 1970}, "dry_run": true}
  },
  "BulkDeleteResult": {
    "oneOf": [
      {
        "type": "object",
        "required": ["deleted"],
        "properties": {"deleted": {"type": "integer", "format": "int64", "minimum": 0, "description": "Titles deleted."}}
      },
      {
        "type": "object",
        "required": ["would_delete"],
        "properties": {"would_delete": {"type": "integer", "format": "int64", "minimum": 0, "description": "Titles a real run would delete (`dry_run: true`)."}}
      }
    ]
  },

  "RankedMovie": {
    "type": "object",
    "required": ["id", "title", "count"],
    "properties": {
      "id": {"type": "string", "example": "tm84618"},
      "title": {"type": "string", "example": "Taxi Driver"},
      "count": {"type": "integer", "format": "int64", "minimum": 0, "example": 12}
    }
  },
  "Stats": {
    "type": "object",
    "required": ["counts", "top_liked", "top_viewed", "reactions_per_genre", "activity"],
    "properties": {
      "counts": {
        "type": "object",
        "description": "Totals.",
        "required": ["movies", "shows", "people", "users", "interactions", "likes", "dislikes", "watched", "views"],
        "properties": {
          "movies": {"type": "integer", "format": "int64", "minimum": 0},
          "shows": {"type": "integer", "format": "int64", "minimum": 0},
          "people": {"type": "integer", "format": "int64", "minimum": 0},
          "users": {"type": "integer", "format": "int64", "minimum": 0},
          "interactions": {"type": "integer", "format": "int64", "minimum": 0},
          "likes": {"type": "integer", "format": "int64", "minimum": 0},
          "dislikes": {"type": "integer", "format": "int64", "minimum": 0},
          "watched": {"type": "integer", "format": "int64", "minimum": 0},
          "views": {"type": "integer", "format": "int64", "minimum": 0}
        }
      },
      "top_liked": {"type": "array", "description": "Most liked titles, most first.", "items": {"$ref": "#/components/schemas/RankedMovie"}},
      "top_viewed": {"type": "array", "description": "Most viewed titles, most first.", "items": {"$ref": "#/components/schemas/RankedMovie"}},
      "reactions_per_genre": {
        "type": "array",
        "items": {
          "type": "object",
          "required": ["genre", "likes", "dislikes"],
          "properties": {
            "genre": {"type": "string", "example": "drama"},
            "likes": {"type": "integer", "format": "int64", "minimum": 0},
            "dislikes": {"type": "integer", "format": "int64", "minimum": 0}
          }
        }
      },
      "activity": {
        "type": "array",
        "description": "Interactions per day (UTC) over the last 30 days, oldest first.",
        "items": {
          "type": "object",
          "required": ["day", "likes", "dislikes", "watched", "views"],
          "properties": {
            "day": {"type": "string", "format": "date", "example": "2024-05-01"},
            "likes": {"type": "integer", "format": "int64", "minimum": 0},
            "dislikes": {"type": "integer", "format": "int64", "minimum": 0},
            "watched": {"type": "integer", "format": "int64", "minimum": 0},
            "views": {"type": "integer", "format": "int64", "minimum": 0}
          }
        }
      }
    }
  },

  "ClusterShard": {
    "type": "object",
    "description": "One shard (a replica set) as mongos reports it.",
    "additionalProperties": true,
    "properties": {
      "id": {"type": "string", "example": "shard1"},
      "host": {"type": "string", "description": "The shard's connection string.", "example": "shard1/10.0.1.10:27018,10.0.1.11:27018,10.0.1.12:27018"},
      "state": {"type": "integer", "description": "The shard's state in config.shards (1: shard aware)."},
      "members": {
        "type": "array",
        "description": "Replica set members and their states, when readable.",
        "items": {
          "type": "object",
          "additionalProperties": true,
          "properties": {
            "name": {"type": "string", "example": "10.0.1.10:27018"},
            "state": {"type": "string", "example": "PRIMARY"},
            "health": {"type": "number", "example": 1}
          }
        }
      },
      "collections": {"type": "object", "description": "Documents per collection on this shard.", "additionalProperties": {"type": "integer", "format": "int64"}}
    }
  },
  "Unavailable": {
    "type": "object",
    "required": ["what", "reason", "failed"],
    "properties": {
      "what": {"type": "string", "description": "The fact: `shards`, `balancer`, `members`, `per_shard_counts`, `config.chunks`, …", "example": "balancer"},
      "reason": {"type": "string", "example": "only a mongos reports it"},
      "failed": {"type": "boolean", "description": "true when a command was refused or failed (e.g. for lack of the clusterMonitor role); false when this kind of deployment does not report the fact (members through mongos, shards on a replica set, a command FerretDB lacks).", "example": false}
    }
  },
  "Placement": {
    "type": "object",
    "required": ["adapter", "sharded", "shards", "collections"],
    "properties": {
      "adapter": {"type": "string", "enum": ["sqlite", "mongodb"]},
      "sharded": {"type": "boolean"},
      "note": {"type": "string", "example": "one node holds every document"},
      "node": {"type": "object", "additionalProperties": true, "description": "SQLite: the file (`path`, `file_bytes`, `wal_bytes`) and its `documents` per table."},
      "shards": {"type": "array", "items": {"type": "object", "required": ["id", "host"], "properties": {"id": {"type": "string", "example": "shard-a"}, "host": {"type": "string", "example": "shard-a/10.0.1.10:27018,10.0.1.11:27018,10.0.1.12:27018"}}}},
      "database": {"type": "object", "properties": {"name": {"type": "string", "example": "moviedb"}, "primary_shard": {"type": "string", "example": "shard-a"}}},
      "balancer": {"type": "object", "description": "From config.settings: whether the balancer is stopped and the window it runs in (null: any time).", "properties": {"stopped": {"type": "boolean"}, "active_window": {"type": "object", "nullable": true, "additionalProperties": true, "example": {"start": "23:00", "stop": "6:00"}}}},
      "collections": {"type": "array", "items": {"$ref": "#/components/schemas/CollectionPlacement"}},
      "unavailable": {"type": "array", "description": "Catalogue collections that could not be read, each with the reason.", "items": {"$ref": "#/components/schemas/Unavailable"}}
    }
  },
  "CollectionPlacement": {
    "type": "object",
    "required": ["collection", "namespace", "sharded"],
    "properties": {
      "collection": {"type": "string", "example": "movies"},
      "namespace": {"type": "string", "example": "moviedb.movies"},
      "sharded": {"type": "boolean"},
      "shard": {"type": "string", "description": "Unsharded: the shard that holds it all (the database's primary).", "example": "shard-a"},
      "shard_key": {"type": "object", "additionalProperties": true, "example": {"_id": "hashed"}},
      "chunks": {"type": "integer", "format": "int64", "minimum": 0, "example": 8},
      "chunks_per_shard": {"type": "object", "additionalProperties": {"type": "integer", "format": "int64"}, "example": {"shard-a": 4, "shard-b": 4}},
      "jumbo_chunks": {"type": "integer", "format": "int64", "minimum": 0, "example": 0},
      "ranges": {"type": "array", "items": {"$ref": "#/components/schemas/ChunkRange"}},
      "ranges_shown": {"type": "integer", "format": "int64", "minimum": 0, "example": 8}
    }
  },
  "ChunkRange": {
    "type": "object",
    "description": "One chunk: the shard key values from `min` (inclusive) to `max` (exclusive), as config.chunks holds them (`{\"$minKey\": 1}` and `{\"$maxKey\": 1}` at the ends).",
    "required": ["shard", "min", "max", "jumbo"],
    "properties": {
      "shard": {"type": "string", "example": "shard-b"},
      "min": {"type": "object", "additionalProperties": true, "example": {"_id": 0}},
      "max": {"type": "object", "additionalProperties": true, "example": {"_id": {"$maxKey": 1}}},
      "jumbo": {"type": "boolean"}
    }
  },
  "KeyPlacement": {
    "type": "object",
    "description": "Where one shard key value lives in one collection. `sharded` is null when the catalogue could not be read (see `unavailable`).",
    "required": ["sharded", "shard"],
    "properties": {
      "sharded": {"type": "boolean", "nullable": true},
      "shard": {"type": "string", "nullable": true, "description": "The shard that holds it; null when one node holds everything or no chunk could be read.", "example": "shard-b"},
      "note": {"type": "string", "example": "unsharded: on the database's primary shard"},
      "shard_key": {"type": "object", "additionalProperties": true, "example": {"_id": "hashed"}},
      "key": {"type": "object", "additionalProperties": true, "description": "The document's shard key value, hashed fields hashed.", "example": {"_id": 2338452147838478406}},
      "chunk": {"$ref": "#/components/schemas/ChunkRange"}
    }
  },
  "DocumentPlacement": {
    "allOf": [
      {"$ref": "#/components/schemas/KeyPlacement"},
      {
        "type": "object",
        "required": ["adapter", "collection", "id"],
        "properties": {
          "adapter": {"type": "string", "enum": ["sqlite", "mongodb"]},
          "collection": {"type": "string", "enum": ["movies", "people", "users"]},
          "id": {"type": "string", "example": "tt0111161"},
          "node": {"type": "string", "description": "SQLite: the file that holds it."},
          "credits": {"$ref": "#/components/schemas/KeyPlacement"},
          "unavailable": {"type": "array", "description": "Catalogue collections that could not be read, each with the reason.", "items": {"$ref": "#/components/schemas/Unavailable"}}
        }
      }
    ]
  },
  "ClusterInfo": {
    "type": "object",
    "description": "The store's topology, as far as the adapter can tell. Keys beyond those listed depend on the adapter (SQLite adds `path`, `journal_mode`, `file_bytes`, `wal_bytes`; MongoDB may add `balancer`, `config_servers`, `mongos`).",
    "additionalProperties": true,
    "required": ["adapter", "sharded", "collections"],
    "properties": {
      "adapter": {"type": "string", "enum": ["sqlite", "mongodb"]},
      "server_version": {"type": "string", "example": "SQLite 3.40.1"},
      "sharded": {"type": "boolean"},
      "shards": {"type": "array", "description": "MongoDB behind mongos only.", "items": {"$ref": "#/components/schemas/ClusterShard"}},
      "balancer": {"type": "object", "additionalProperties": true, "description": "Balancer state (MongoDB behind mongos only)."},
      "collections": {"type": "object", "description": "Documents per collection.", "additionalProperties": {"type": "integer", "format": "int64"}, "example": {"movies": 3201, "users": 4}},
      "notes": {"type": "array", "items": {"type": "string"}, "example": ["embedded single-node store: no shards or replica set"]},
      "monitor": {"type": "string", "description": "MongoDB: which connection read the cluster-wide facts (`--monitor-store` gives one with the clusterMonitor role).", "example": "a connection of its own (--monitor-store)"},
      "unavailable": {"type": "array", "description": "Facts that could not be read (e.g. for lack of the clusterMonitor role), each with the reason.", "items": {"$ref": "#/components/schemas/Unavailable"}}
    }
  },

  "AuditEntry": {
    "type": "object",
    "description": "One admin write.",
    "required": ["id", "at", "actor_id", "actor_username", "action", "collection", "ids", "summary"],
    "properties": {
      "id": {"type": "integer", "format": "int64", "example": 42},
      "at": {"type": "string", "format": "date-time"},
      "actor_id": {"type": "string", "example": "u0123456789abcdef"},
      "actor_username": {"type": "string", "example": "root"},
      "action": {"type": "string", "description": "`create`, `update`, `delete`, `import`, `bulk_delete`, …", "example": "update"},
      "collection": {"type": "string", "description": "`movies`, `users`, …", "example": "movies"},
      "ids": {"type": "array", "items": {"type": "string"}, "example": ["tm84618"]},
      "summary": {"type": "object", "additionalProperties": true, "description": "What changed (field names, counts, …).", "example": {"fields": ["imdb_score"]}}
    }
  },

  "Health": {
    "type": "object",
    "required": ["status", "version"],
    "properties": {
      "status": {"type": "string", "enum": ["ok"]},
      "version": {"type": "string", "example": "0.1.0"}
    }
  },
  "Ready": {
    "type": "object",
    "required": ["status", "store"],
    "properties": {
      "status": {"type": "string", "enum": ["ready", "degraded"], "description": "`degraded`: reads are answered but writes are not (see `writes`)."},
      "store": {"type": "string", "enum": ["sqlite", "mongodb"], "description": "The store adapter in use."},
      "writes": {"type": "string", "description": "Present when degraded: why writes fail now.", "example": "no primary reachable (an election, or the set has lost its majority): writes get 503 until one is elected; reads go on from secondaries"}
    }
  }
})json";
}

}  // namespace moviedb::routes::openapi_parts
