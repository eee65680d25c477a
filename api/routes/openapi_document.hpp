#pragma once
// The OpenAPI 3.0.3 description of the whole HTTP contract, served at
// GET /openapi.json (and GET /api/v1/openapi.json).
//
// The document is assembled once, at first use, from the parts below: the
// paths from the route table (routes/route_table.hpp), the movie schemas and
// the `sort` enum from the domain's field tables (domain/movie_fields.hpp,
// domain/movie_query.hpp), so they cannot drift from what the API does and
// accepts; the shared components are hand-written JSON. Assembly checks that
// every "$ref" resolves, that no operation is described twice and that every
// path capture is a documented parameter, and throws std::logic_error
// otherwise (a bug in a route's entry, caught at the server's start and by any
// test that calls it).
#include <boost/json/object.hpp>
#include <string>
#include <string_view>

namespace moviedb::routes {

// The serialized document (application/json). Built once, thread-safe.
const std::string& openapi_json();

namespace openapi_parts {
// Each returns the JSON text of one object of the document.
std::string_view info();              // "info" (version filled in at assembly)
std::string_view tags();              // "tags" (an array)
std::string_view security_schemes();  // components.securitySchemes
std::string_view headers();           // components.headers
std::string_view parameters();        // components.parameters (all but Sort)
std::string_view responses();         // components.responses
std::string_view schemas();           // components.schemas (all but the generated movie ones)
std::string_view movie_field_docs();  // per-field descriptions for the generated movie schemas
boost::json::object route_paths();    // "paths", one operation per route table entry
}  // namespace openapi_parts

}  // namespace moviedb::routes
