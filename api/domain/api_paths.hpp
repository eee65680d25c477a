#pragma once
// Every path of the HTTP API, once: the server's route table serves them
// (api/routes/*_routes.cpp, where each has its methods, access and
// documentation) and the client requests them (wasm-client/app/), filling the
// {captures} with fill_path. A path changed here changes both.
#include <initializer_list>
#include <string>
#include <string_view>

namespace moviedb::domain::paths {

// Operations.
inline constexpr std::string_view kHealth = "/healthz";
inline constexpr std::string_view kReady = "/readyz";
inline constexpr std::string_view kMetrics = "/metrics";
inline constexpr std::string_view kOpenApi = "/openapi.json";
inline constexpr std::string_view kOpenApiV1 = "/api/v1/openapi.json";

// Accounts.
inline constexpr std::string_view kRegister = "/api/v1/auth/register";
inline constexpr std::string_view kLogin = "/api/v1/auth/login";
inline constexpr std::string_view kLogout = "/api/v1/auth/logout";
inline constexpr std::string_view kMe = "/api/v1/me";
inline constexpr std::string_view kMyInteractions = "/api/v1/me/interactions";

// Titles, people and discovery.
inline constexpr std::string_view kMovies = "/api/v1/movies";
inline constexpr std::string_view kMovie = "/api/v1/movies/{id}";
inline constexpr std::string_view kMovieReaction = "/api/v1/movies/{id}/reaction";
inline constexpr std::string_view kMovieViews = "/api/v1/movies/{id}/views";
inline constexpr std::string_view kMovieWatched = "/api/v1/movies/{id}/watched";
inline constexpr std::string_view kPeople = "/api/v1/people";
inline constexpr std::string_view kPerson = "/api/v1/people/{id}";
inline constexpr std::string_view kGenres = "/api/v1/genres";
inline constexpr std::string_view kCatalog = "/api/v1/catalog";
inline constexpr std::string_view kRecommendations = "/api/v1/recommendations";

// The admin workspace.
inline constexpr std::string_view kAdminUsers = "/api/v1/admin/users";
inline constexpr std::string_view kAdminUser = "/api/v1/admin/users/{id}";
inline constexpr std::string_view kAdminInteractions = "/api/v1/admin/interactions";
inline constexpr std::string_view kAdminStats = "/api/v1/admin/stats";
inline constexpr std::string_view kAdminAudit = "/api/v1/admin/audit";
inline constexpr std::string_view kAdminImport = "/api/v1/admin/import";
inline constexpr std::string_view kAdminExport = "/api/v1/admin/movies/export";
inline constexpr std::string_view kAdminBulkDelete = "/api/v1/admin/movies/bulk-delete";
inline constexpr std::string_view kAdminCluster = "/api/v1/admin/cluster";
inline constexpr std::string_view kAdminPlacement = "/api/v1/admin/cluster/placement";
inline constexpr std::string_view kAdminDocumentPlacement =
    "/api/v1/admin/cluster/placement/{collection}/{id}";

// RFC 3986 unreserved characters stay, every other byte becomes %XX (UTF-8
// bytes included), so any text is safe in a path segment or a query value.
std::string percent_encode(std::string_view text);

// `path` with its {captures} replaced, in order, by `values` percent-encoded:
// fill_path(kMovie, {"tt 1"}) is "/api/v1/movies/tt%201". Captures without a
// value are left as they are.
std::string fill_path(std::string_view path, std::initializer_list<std::string_view> values);

}  // namespace moviedb::domain::paths
