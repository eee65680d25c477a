#include "http/router.hpp"

namespace moviedb::http {

std::vector<std::string> split_path(std::string_view path) {
  std::vector<std::string> segments;
  std::size_t start = 0;
  while (start <= path.size()) {
    auto end = path.find('/', start);
    if (end == std::string_view::npos) end = path.size();
    if (end > start) segments.emplace_back(path.substr(start, end - start));
    start = end + 1;
  }
  return segments;
}

Route& Router::add(std::string method, std::string_view pattern, Runs runs, Handler handler,
                   ReadyAnswer ready) {
  return routes_.emplace_back(Route{std::move(method), std::string(pattern), split_path(pattern),
                                    runs, std::move(handler), std::move(ready), {}});
}

namespace {

bool segments_match(const Route& route, const std::vector<std::string>& parts, PathParams& params) {
  if (route.segments.size() != parts.size()) return false;
  PathParams captured;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    const auto& pattern = route.segments[i];
    if (pattern.size() > 2 && pattern.front() == '{' && pattern.back() == '}') {
      captured.emplace(pattern.substr(1, pattern.size() - 2), parts[i]);
    } else if (pattern != parts[i]) {
      return false;
    }
  }
  params = std::move(captured);
  return true;
}

}  // namespace

RouteMatch Router::match(std::string_view method, std::string_view path) const {
  RouteMatch result;
  const auto parts = split_path(path);
  for (const auto& route : routes_) {
    PathParams params;
    if (!segments_match(route, parts, params)) continue;
    const bool head_as_get = method == "HEAD" && route.method == "GET";
    if (route.method == method || head_as_get) {
      result.route = &route;
      result.params = std::move(params);
      return result;
    }
    result.path_known = true;
    if (!result.allowed_methods.empty()) result.allowed_methods += ", ";
    result.allowed_methods += route.method;
  }
  return result;
}

}  // namespace moviedb::http
