#pragma once
// Whole response bodies of reads whose bytes are the same for every caller
// (search pages, the catalog, facets, a movie as an anonymous visitor sees
// it), reused while the data's version (the store's movies version, which the
// caller passes) stays put. Serialising a list
// of movies costs more than finding them, so a popular page is built once per
// change, not once per request; and compressed once (gzip, when 1 KiB or
// more), served compressed to every client that accepts it, with an ETag that
// lets a browser or a CDN revalidate instead of fetching again (304).
// Compression waits for the first client that accepts it: most of a million
// titles' pages are built once and never asked for again, and deflating each
// of them cost a quarter of the server's time where no client wanted gzip.
// For the same reason an answer that is cheap to build may wait for its
// second request to be kept (Keep::when_asked_twice, cache/doorkeeper.hpp).
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "cache/doorkeeper.hpp"
#include "cache/versioned_cache.hpp"
#include "http/message.hpp"

namespace moviedb::http {

class ResponseCache {
 public:
  static constexpr std::size_t kCompressFrom = 1024;  // smaller bodies go as they are

  // Whether a built answer is kept on its first request or only once its key
  // comes again: worth it where building costs less than keeping and evicting.
  enum class Keep { at_once, when_asked_twice };

  // Of the budget, 1/64 is the doorkeeper's: a window of 1/1024 to 1/512 as
  // many keys as the budget has bytes (32,768 of the default 24 MiB), more
  // than the movie pages of about 1 KB that the rest holds.
  explicit ResponseCache(std::size_t budget_bytes);

  // The answer to `request` (a GET) under `key`: reused when it was kept at
  // `version` (the data has not changed since); otherwise built, and kept when
  // it is a 200, `keep` allows and there is a version: a store that cannot
  // vouch for its data has none (a 200 gets its ETag and gzip either way).
  Response answer(std::optional<std::uint64_t> version, const Request& request,
                  const std::string& key, const std::function<Response()>& build,
                  Keep keep = Keep::at_once);
  // The kept answer under `key`, if it was kept at `version`; never builds.
  std::optional<Response> find(std::optional<std::uint64_t> version, const Request& request,
                               const std::string& key);

 private:
  struct Kept {
    std::string body, gzip, etag;  // gzip empty: small, or nobody asked for it yet
  };
  using KeptPtr = std::shared_ptr<const Kept>;
  static KeptPtr keep(std::string body, bool compress);
  // `kept`, compressed now if `request` is the first to want it compressed.
  KeptPtr compressed_if_wanted(std::uint64_t version, const Request& request,
                               const std::string& key, KeptPtr kept);
  void put(const std::string& key, std::uint64_t version, const KeptPtr& kept);
  static Response reply(const Request& request, const KeptPtr& kept);

  cache::Doorkeeper doorkeeper_;
  cache::VersionedCache<KeptPtr> kept_;
};

}  // namespace moviedb::http
