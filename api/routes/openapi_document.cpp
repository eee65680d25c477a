// Assembles the OpenAPI document from its parts (openapi_components.cpp,
// openapi_schemas.cpp, and the paths of openapi_operations.cpp) and generates
// what the domain's tables already say: the movie schemas from
// domain::movie_fields() and the `sort` parameter from
// domain::sortable_movie_fields().
#include "routes/openapi_document.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cmath>
#include <cstdint>
#include <stdexcept>
#include <string>
#include <variant>
#include <vector>

#include "domain/movie_fields.hpp"
#include "domain/movie_query.hpp"
#include "json_text/json_text.hpp"
#include "moviedb/version.hpp"

namespace moviedb::routes {

namespace json = boost::json;

namespace {

// A typo in one of the raw literals fails loudly, naming the part and line.
json::value parse_part(std::string_view text, std::string_view what) {
  json::stream_parser parser;
  boost::system::error_code ec;
  const auto consumed = parser.write(text.data(), text.size(), ec);
  if (!ec) parser.finish(ec);
  if (ec) {
    const auto line = 1 + std::count(text.begin(), text.begin() + consumed, '\n');
    throw std::logic_error("openapi: the " + std::string(what) + " part is not valid JSON (line " +
                           std::to_string(line) + " of its literal): " + ec.message());
  }
  return parser.release();
}

json::object parse_object(std::string_view text, std::string_view what) {
  auto value = parse_part(text, what);
  if (!value.is_object()) {
    throw std::logic_error("openapi: the " + std::string(what) + " part is not a JSON object");
  }
  return std::move(value.get_object());
}

// Adds every member of `from` to `into`; a key present in both is a bug.
void merge_into(json::object& into, json::object from, std::string_view what) {
  for (auto& [key, value] : from) {
    if (into.contains(key)) {
      throw std::logic_error("openapi: " + std::string(what) + " '" + std::string(key) +
                             "' is described twice");
    }
    into[key] = std::move(value);
  }
}

// ---- movie schemas, generated from the domain's field table

enum class Use { output, input };

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

json::object field_schema(const domain::MovieField& field, Use use, bool required,
                          const json::object& docs) {
  using domain::Movie;
  // In requests null clears an optional field; in responses optional numbers
  // are null when unknown and strings and lists are empty instead.
  const bool nullable_input = use == Use::input && !required;
  json::object s;
  // Whole limits print as integers (1870, not 1.87E3).
  const auto number = [](double x) {
    return std::floor(x) == x ? json::value(static_cast<std::int64_t>(x)) : json::value(x);
  };
  const auto range = [&](json::object& o) {
    o["minimum"] = number(field.min);
    o["maximum"] = number(field.max);
  };
  std::visit(
      Overloaded{
          [&](std::string Movie::*) {
            s["type"] = "string";
            if (field.max_length > 0) {
              s["maxLength"] = field.max_length;
            } else {
              s["format"] = "date-time";  // the server's timestamps
            }
            if (nullable_input) s["nullable"] = true;
          },
          [&](std::optional<int> Movie::*) {
            s["type"] = "integer";
            s["format"] = "int32";
            s["nullable"] = true;
            range(s);
          },
          [&](std::optional<std::int64_t> Movie::*) {
            s["type"] = "integer";
            s["format"] = "int64";
            s["nullable"] = true;
            range(s);
          },
          [&](std::optional<double> Movie::*) {
            s["type"] = "number";
            s["format"] = "double";
            s["nullable"] = true;
            range(s);
          },
          [&](std::vector<std::string> Movie::*) {
            s["type"] = "array";
            s["maxItems"] = field.max_length;
            s["items"] = {{"type", "string"},
                          {"minLength", 1},
                          {"maxLength", domain::kListItemMaxLength}};
            if (nullable_input) s["nullable"] = true;
          },
          [&](std::int64_t Movie::*) {
            s["type"] = "integer";
            s["format"] = "int64";
            s["minimum"] = 0;
          },
      },
      field.member);
  if (!field.writable) s["readOnly"] = true;
  if (const auto* doc = docs.if_contains(field.name)) {
    for (const auto& [key, value] : doc->as_object()) {
      // Examples of null suit only schemas that allow null.
      if (key == "example" && value.is_null() && !s.contains("nullable")) continue;
      s[key] = value;
    }
  }
  return s;
}

// Every field, in inputs too: the server-maintained ones are readOnly there,
// accepted and ignored, so `additionalProperties: false` says exactly what is
// refused.
json::object movie_properties(Use use, const json::array& required, const json::object& docs) {
  json::object properties;
  for (const auto& field : domain::movie_fields()) {
    const bool is_required =
        std::find(required.begin(), required.end(), json::value(field.name)) != required.end();
    properties[field.name] = field_schema(field, use, is_required, docs);
  }
  return properties;
}

json::object credits_property(std::string_view description) {
  return {{"type", "array"},
          {"description", description},
          {"items", {{"$ref", "#/components/schemas/CreditInput"}}}};
}

json::object movie_schemas() {
  const auto docs = parse_object(openapi_parts::movie_field_docs(), "movie field docs");
  json::object out;

  json::array all;
  for (const auto& field : domain::movie_fields()) all.emplace_back(field.name);
  out["Movie"] = {
      {"type", "object"},
      {"description",
       "A title (movie or show). Every field is present; optional numbers are null when unknown, "
       "optional strings empty. Counters, timestamps and `version` are maintained by the server."},
      {"required", all},
      {"properties", movie_properties(Use::output, all, docs)}};

  const json::array title_required{"title"};
  auto input = movie_properties(Use::input, title_required, docs);
  input["credits"] = credits_property("The title's cast and crew.");
  out["MovieInput"] = {
      {"type", "object"},
      {"description",
       "A new title: the writable fields, `title` required, null for an unknown optional value, "
       "and optionally its credits. Unknown fields are rejected (400); the server-maintained "
       "fields of `Movie` (counters, timestamps, `version`) are accepted and ignored, so an "
       "exported title posts back unchanged."},
      {"required", title_required},
      {"additionalProperties", false},
      {"properties", std::move(input)}};

  auto patch = movie_properties(Use::input, title_required, docs);
  patch["credits"] = credits_property("If present, replaces the title's credits.");
  // Ids never change: not part of a patch (one equal to the title's, or null,
  // is tolerated from clients that send a whole record back).
  patch.erase("id");
  patch["version"] = {
      {"type", "integer"},
      {"format", "int64"},
      {"minimum", 1},
      {"description", "The `version` the edit is based on; 409 when the title has changed since."}};
  out["MoviePatch"] = {
      {"type", "object"},
      {"description",
       "Changes to a title: only the fields present change, null clears an optional one. "
       "`version` is required. Unknown fields are rejected (400); other server-maintained fields "
       "are ignored."},
      {"required", json::array{"version"}},
      {"additionalProperties", false},
      {"properties", std::move(patch)}};

  auto import = movie_properties(Use::input, title_required, docs);
  import["_id"] = {{"type", "string"},
                   {"pattern", "^[A-Za-z0-9._:-]{1,64}$"},
                   { "description",
                     "Another name for `id` (as in a MongoDB export)." }};
  import["credits"] = credits_property(
      "The title's credits, replacing the stored ones; absent keeps the stored credits.");
  out["ImportMovie"] = {
      {"type", "object"},
      {"description",
       "A title in an import file (`format=json` or `ndjson`): a `MovieInput` that may name its "
       "id `_id` and may carry its credits. An existing id is replaced (counters kept). The "
       "server-maintained fields of `Movie` are accepted and ignored, so a JSON export imports "
       "again unchanged."},
      {"required", title_required},
      {"additionalProperties", false},
      {"properties", std::move(import)}};
  return out;
}

json::object sort_parameter() {
  json::array values;
  for (auto field : domain::sortable_movie_fields()) {
    values.emplace_back(field);
    values.emplace_back("-" + std::string(field));
  }
  return {{"name", "sort"},
          {"in", "query"},
          {"description", "Order by a field, ascending; a leading `-` means descending."},
          {"schema", {{"type", "string"}, {"enum", std::move(values)}, {"default", "-imdb_score"}}},
          {"example", "-release_year"}};
}

// ---- assembly and self-check

// Answers any request may get, whatever its operation: a malformed request
// (400) and a head over the limits (431). Listed on every operation, so a
// client generated from the document knows them.
void add_standard_responses(json::object& paths) {
  static const std::array<std::pair<std::string_view, std::string_view>, 2> kStandard{{
      {"400", "#/components/responses/BadRequest"},
      {"431", "#/components/responses/HeadersTooLarge"},
  }};
  for (auto& path : paths) {
    for (auto& operation : path.value().as_object()) {
      if (operation.key() == "parameters") continue;
      auto& responses = operation.value().as_object()["responses"].as_object();
      for (const auto& [status, ref] : kStandard) {
        if (!responses.contains(status)) responses[status] = {{"$ref", ref}};
      }
    }
  }
}

void check_refs(const json::value& node, const json::value& root) {
  if (node.is_array()) {
    for (const auto& item : node.get_array()) check_refs(item, root);
    return;
  }
  if (!node.is_object()) return;
  for (const auto& [key, value] : node.get_object()) {
    if (key == "$ref") {
      const auto* ref = value.if_string();
      const auto target = ref ? std::string_view(*ref) : std::string_view();
      boost::system::error_code ec;
      if (!target.starts_with("#/") || !root.find_pointer(target.substr(1), ec)) {
        throw std::logic_error("openapi: unresolved $ref " + json::serialize(value));
      }
    } else {
      check_refs(value, root);
    }
  }
}

// The parameter itself, following a "$ref" (already checked to resolve).
const json::object& resolved(const json::value& parameter, const json::value& root) {
  if (const auto* ref = parameter.as_object().if_contains("$ref")) {
    return root.at_pointer(std::string_view(ref->as_string()).substr(1)).as_object();
  }
  return parameter.as_object();
}

// Every {capture} of a path is a documented path parameter, and nothing else is.
void check_path_parameters(const json::value& root) {
  for (const auto& [path, item] : root.at("paths").as_object()) {
    std::vector<std::string> captures;
    for (std::size_t open = path.find('{'); open != json::string_view::npos;
         open = path.find('{', open + 1)) {
      captures.emplace_back(path.substr(open + 1, path.find('}', open) - open - 1));
    }
    for (const auto& [method, operation] : item.as_object()) {
      std::vector<std::string> documented;
      if (const auto* list = operation.as_object().if_contains("parameters")) {
        for (const auto& parameter : list->as_array()) {
          const auto& p = resolved(parameter, root);
          if (p.at("in") == "path") documented.emplace_back(p.at("name").as_string());
        }
      }
      std::sort(captures.begin(), captures.end());
      std::sort(documented.begin(), documented.end());
      if (captures != documented) {
        throw std::logic_error("openapi: " + std::string(method) + " " + std::string(path) +
                               " does not document exactly its path parameters");
      }
    }
  }
}

json::value build() {
  using namespace openapi_parts;
  auto info = parse_object(openapi_parts::info(), "info");
  info["version"] = std::string(kVersion);

  auto paths = route_paths();
  add_standard_responses(paths);

  auto parameter_list = parse_object(openapi_parts::parameters(), "parameters");
  merge_into(parameter_list, {{"MovieSort", sort_parameter()}}, "parameter");
  auto schema_list = parse_object(openapi_parts::schemas(), "schemas");
  merge_into(schema_list, movie_schemas(), "schema");

  json::value doc = {{"openapi", "3.0.3"},
                     {"info", std::move(info)},
                     {"servers", json::array{{{"url", "/"}, {"description", "This server."}}}},
                     {"tags", parse_part(openapi_parts::tags(), "tags")},
                     {"paths", std::move(paths)},
                     {"components",
                      {{"securitySchemes", parse_object(security_schemes(), "security schemes")},
                       {"headers", parse_object(openapi_parts::headers(), "headers")},
                       {"parameters", std::move(parameter_list)},
                       {"responses", parse_object(openapi_parts::responses(), "responses")},
                       {"schemas", std::move(schema_list)}}}};
  check_refs(doc, doc);
  check_path_parameters(doc);
  return doc;
}

}  // namespace

const std::string& openapi_json() {
  static const std::string text = json_text::json_text(build());
  return text;
}

}  // namespace moviedb::routes
