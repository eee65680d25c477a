#pragma once
// Whole response bodies of reads whose bytes are the same for every caller
// (search pages, the catalog, facets, a movie as an anonymous visitor sees
// it), reused while the store's movies version stays put. Serialising a list
// of movies costs more than finding them, so a popular page is built once per
// change, not once per request.
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "cache/versioned_cache.hpp"
#include "http/message.hpp"
#include "store/store.hpp"

namespace moviedb::cache {

class ResponseCache {
 public:
  explicit ResponseCache(std::size_t budget_bytes) : bodies_(budget_bytes) {}

  // The answer to GET `target`: reused when the store vouches that nothing it
  // shows changed; otherwise built, and kept when it is a 200.
  http::Response answer(store::Store& store, const std::string& target,
                        const std::function<http::Response()>& build);
  // The kept answer to GET `target`, if it is still current; never builds.
  std::optional<http::Response> find(store::Store& store, const std::string& target);

 private:
  std::optional<http::Response> kept(const std::string& target, std::uint64_t version);

  VersionedCache<std::shared_ptr<const std::string>> bodies_;
};

}  // namespace moviedb::cache
