#include "cache/response_cache.hpp"

#include "http/json_response.hpp"

namespace moviedb::cache {

http::Response ResponseCache::answer(store::Store& store, const std::string& target,
                                     const std::function<http::Response()>& build) {
  // Every movie carries its counters, so any reaction retires the bodies.
  const auto version = store.movies_version(true);
  if (!version) return build();
  if (auto response = kept(target, *version)) return std::move(*response);
  auto response = build();
  if (response.status == 200) {
    const auto size = response.body.size();
    bodies_.put(target, *version, std::make_shared<const std::string>(response.body), size);
  }
  return response;
}

std::optional<http::Response> ResponseCache::find(store::Store& store, const std::string& target) {
  const auto version = store.movies_version(true);
  if (!version) return std::nullopt;
  return kept(target, *version);
}

std::optional<http::Response> ResponseCache::kept(const std::string& target,
                                                  std::uint64_t version) {
  auto body = bodies_.find(target, version);
  if (!body) return std::nullopt;
  return http::json_body_response(200, **body);
}

}  // namespace moviedb::cache
