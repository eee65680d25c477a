#pragma once
// The OpenAPI 3.0.3 description of the whole HTTP contract, served at
// GET /openapi.json (and GET /api/v1/openapi.json).
//
// The document is assembled once, at first use, from the parts below: the
// movie schemas and the `sort` enum are generated from the domain's field
// tables (domain/movie_fields.hpp, domain/movie_query.hpp) so they cannot drift
// from what the API accepts; everything else is hand-written JSON. Assembly
// checks that every "$ref" resolves and that no path is described twice, and
// throws std::logic_error otherwise (a bug in this file, caught by any test
// that calls it).
#include <string>
#include <string_view>

namespace moviedb::routes {

// The serialized document (application/json). Built once, thread-safe.
const std::string& openapi_json();

namespace openapi_parts {
// Each returns the JSON text of one object of the document.
std::string_view info();               // "info" (version filled in at assembly)
std::string_view tags();               // "tags" (an array)
std::string_view security_schemes();   // components.securitySchemes
std::string_view headers();            // components.headers
std::string_view parameters();         // components.parameters (all but Sort)
std::string_view responses();          // components.responses
std::string_view schemas();            // components.schemas (all but the generated movie ones)
std::string_view movie_field_docs();   // per-field descriptions for the generated movie schemas
std::string_view auth_paths();         // /api/v1/auth/*, /api/v1/me*
std::string_view movie_paths();        // /api/v1/movies*, interactions on a movie
std::string_view discovery_paths();    // catalog, recommendations, genres, people
std::string_view admin_paths();        // /api/v1/admin/*
std::string_view system_paths();       // /healthz, /readyz, /metrics, /openapi.json
}  // namespace openapi_parts

}  // namespace moviedb::routes
