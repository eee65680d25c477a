#pragma once
// Serves the client from --web-root. Files are cached in memory (revalidated by
// mtime and size), answered with ETags, and a precompressed `.gz` sibling is
// preferred when the browser accepts gzip.
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "http/message.hpp"

namespace moviedb::http {

class StaticFiles {
 public:
  explicit StaticFiles(std::filesystem::path root);

  // nullopt when no file answers this path: the caller sends its 404.
  std::optional<Response> serve(const Request& request) const;

  // The file a decoded URL path names, if it stays inside `root` (also through
  // symlinks) and names no hidden file; directories resolve to index.html.
  static std::optional<std::filesystem::path> resolve(const std::filesystem::path& root,
                                                      std::string_view decoded_path);

 private:
  struct CachedFile;
  std::shared_ptr<const CachedFile> load(const std::filesystem::path& file) const;

  std::filesystem::path root_;
  mutable std::mutex mutex_;
  mutable std::unordered_map<std::string, std::shared_ptr<const CachedFile>> cache_;
};

}  // namespace moviedb::http
