#include "http/response_cache.hpp"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <string_view>

#include "http/json_response.hpp"
#include "http/negotiation.hpp"

namespace moviedb::http {

namespace {

bool worth_compressing(const std::string& body) {
  return body.size() >= ResponseCache::kCompressFrom;
}

// A kept answer lives long, so it gives back the room its text was built in.
std::string fitted(std::string text) {
  text.shrink_to_fit();
  return text;
}

}  // namespace

ResponseCache::ResponseCache(std::size_t budget_bytes)
    : doorkeeper_(budget_bytes / 64),
      kept_(budget_bytes - std::min(budget_bytes, doorkeeper_.bytes())) {}

Response ResponseCache::answer(std::optional<std::uint64_t> version, const Request& request,
                               const std::string& key, const std::function<Response()>& build,
                               Keep keep_when) {
  if (auto found = find(version, request, key)) return std::move(*found);
  auto response = build();
  if (response.status != 200) return response;
  auto kept = keep(std::move(response.body), accepts_gzip(request));
  // Without a version (MongoDB: other processes write) nothing is kept, but
  // the answers still revalidate and compress.
  const bool admitted = keep_when == Keep::at_once || doorkeeper_.seen_before(key);
  if (version && admitted) put(key, *version, kept);
  return reply(request, kept);
}

std::optional<Response> ResponseCache::find(std::optional<std::uint64_t> version,
                                            const Request& request, const std::string& key) {
  if (!version) return std::nullopt;
  auto kept = kept_.find(key, *version);
  if (!kept) return std::nullopt;
  return reply(request, compressed_if_wanted(*version, request, key, std::move(*kept)));
}

ResponseCache::KeptPtr ResponseCache::compressed_if_wanted(std::uint64_t version,
                                                           const Request& request,
                                                           const std::string& key, KeptPtr kept) {
  if (!kept->gzip.empty() || !worth_compressing(kept->body) || !accepts_gzip(request) ||
      etag_matches(request, kept->etag)) {
    return kept;
  }
  // Two first askers may both compress; the second put replaces the first.
  auto upgraded = std::make_shared<const Kept>(Kept{kept->body, gzip(kept->body), kept->etag});
  put(key, version, upgraded);
  return upgraded;
}

void ResponseCache::put(const std::string& key, std::uint64_t version, const KeptPtr& kept) {
  // What the strings hold, not what they show: the budget bounds memory.
  kept_.put(key, version, kept,
            sizeof(Kept) + kept->body.capacity() + kept->gzip.capacity() + kept->etag.capacity());
}

ResponseCache::KeptPtr ResponseCache::keep(std::string body, bool compress) {
  // The ETag names the bytes, not the store's version: a write that leaves a
  // page as it was leaves its ETag, and so the browsers' copies, valid. The
  // hash takes 8 bytes a step (libstdc++'s, the same in every process of one
  // build); FNV-1a's byte a step was 2% of a movie page at 1M.
  const std::uint64_t hash = std::hash<std::string_view>{}(body);
  char etag[24];
  std::snprintf(etag, sizeof etag, "\"%016llx\"", static_cast<unsigned long long>(hash));
  auto compressed = compress && worth_compressing(body) ? gzip(body) : std::string();
  return std::make_shared<const Kept>(Kept{fitted(std::move(body)), std::move(compressed), etag});
}

Response ResponseCache::reply(const Request& request, const KeptPtr& kept) {
  auto response = json_body_response(200, {});
  response.set_header("ETag", kept->etag);
  // The same for every caller: any cache may keep it, but must ask again
  // before reuse (counters change with every reaction; a 304 costs no body).
  response.set_header("Cache-Control", "public, no-cache");
  response.set_header("Vary", "Accept-Encoding, Authorization");
  if (etag_matches(request, kept->etag)) {
    response.status = 304;
  } else if (!kept->gzip.empty() && accepts_gzip(request)) {
    response.set_header("Content-Encoding", "gzip");
    response.shared_body = std::shared_ptr<const std::string>(kept, &kept->gzip);
  } else {
    response.shared_body = std::shared_ptr<const std::string>(kept, &kept->body);
  }
  return response;
}

}  // namespace moviedb::http
