// The document's paths, generated from the route table: each entry's access
// becomes its security, `x-moviedb-access` and the description's first
// sentence, and what the entry implies (a token → 401, a role → 403, a body →
// 413, an id in the path → 404, a kept answer → 304, store work → 503) joins
// the responses its documentation lists.
#include <boost/json.hpp>
#include <cctype>
#include <stdexcept>

#include "routes/openapi_document.hpp"
#include "routes/route_table.hpp"

namespace moviedb::routes::openapi_parts {

namespace json = boost::json;

namespace {

std::string_view access_name(Access access) {
  switch (access) {
    case Access::anyone:
    case Access::anyone_or_signed_in:
      return "anyone";
    case Access::signed_in:
      return "signed-in";
    case Access::admin:
      return "admin";
    case Access::superadmin:
      return "superadmin";
  }
  return "anyone";
}

json::array security(Access access) {
  const json::object bearer{{"bearerAuth", json::array{}}};
  if (access == Access::anyone) return {};
  if (access == Access::anyone_or_signed_in) return {json::object{}, bearer};
  return {bearer};
}

std::string description(const RouteSpec& route) {
  auto who = std::string(access_name(route.access));
  if (who == "signed-in") who = "signed in";
  std::string text = "**Access: " + who;
  if (!route.doc.access_note.empty()) text += "; " + std::string(route.doc.access_note);
  text += ".**";
  if (!route.doc.description.empty()) text += " " + std::string(route.doc.description);
  return text;
}

std::string where(const RouteSpec& route) {
  return std::string(route.method) + " " + std::string(route.path);
}

json::object details(const RouteSpec& route) {
  json::error_code ec;
  auto value = json::parse(route.doc.details, ec);
  if (ec || !value.is_object()) {
    throw std::logic_error("openapi: the documentation of " + where(route) +
                           " is not a JSON object: " + ec.message());
  }
  for (const auto& [key, member] : value.get_object()) {
    if (key != "parameters" && key != "requestBody" && key != "responses") {
      throw std::logic_error("openapi: " + where(route) + " documents '" + std::string(key) +
                             "', which the route table says");
    }
  }
  return std::move(value.get_object());
}

// The statuses the entry implies, with the shared response describing each.
void add_implied_responses(const RouteSpec& route, const json::object& operation,
                           json::object& responses) {
  const auto imply = [&](bool when, std::string_view status, std::string_view name) {
    if (when && !responses.contains(status)) {
      responses[status] = {{"$ref", "#/components/responses/" + std::string(name)}};
    }
  };
  imply(route.kept.key != nullptr, "304", "NotModified");
  imply(route.access != Access::anyone, "401", "Unauthorized");
  imply(route.access == Access::admin || route.access == Access::superadmin, "403", "Forbidden");
  imply(route.path.find('{') != std::string_view::npos, "404", "NotFound");
  imply(operation.contains("requestBody"), "413", "PayloadTooLarge");
  imply(route.runs != http::Runs::on_io_thread, "503", "ServiceUnavailable");
}

// The GET /api/v1/movies filters (components.parameters), for every
// operation that selects titles the same way.
json::array movie_filter_parameters() {
  json::array list;
  for (const char* name :
       {"MovieQ", "MovieType", "MovieGenre", "MovieYearMin", "MovieYearMax", "MovieScoreMin",
        "MovieCertification", "MovieCountry", "MoviePerson", "MovieSort"}) {
    list.push_back(json::object{{"$ref", "#/components/parameters/" + std::string(name)}});
  }
  return list;
}

json::object operation(const RouteSpec& route) {
  json::object op{{"tags", json::array{route.doc.tag}},
                  {"operationId", route.doc.id},
                  {"summary", route.doc.summary},
                  {"description", description(route)},
                  {"x-moviedb-access", access_name(route.access)},
                  {"security", security(route.access)}};
  for (auto& [key, value] : details(route)) op[key] = std::move(value);
  if (route.doc.movie_filters) {
    auto parameters = movie_filter_parameters();
    if (const auto* own = op.if_contains("parameters")) {
      for (const auto& parameter : own->as_array()) parameters.push_back(parameter);
    }
    op["parameters"] = std::move(parameters);
  }
  auto& responses = op["responses"];
  if (!responses.is_object()) responses.emplace_object();
  add_implied_responses(route, op, responses.get_object());
  return op;
}

}  // namespace

json::object route_paths() {
  json::object paths;
  for (const auto& route : route_table()) {
    auto method = std::string(route.method);
    for (auto& c : method) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto& slot = paths[route.path];
    if (!slot.is_object()) slot.emplace_object();
    auto& item = slot.get_object();
    if (item.contains(method)) {
      throw std::logic_error("openapi: " + where(route) + " is in the route table twice");
    }
    item[method] = operation(route);
  }
  return paths;
}

}  // namespace moviedb::routes::openapi_parts
