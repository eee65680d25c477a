#include "http/static_files.hpp"

#include <fstream>
#include <sstream>

#include "http/mime_types.hpp"
#include "http/negotiation.hpp"
#include "http/router.hpp"

namespace moviedb::http {

namespace fs = std::filesystem;

struct StaticFiles::CachedFile {
  fs::file_time_type mtime;
  std::uintmax_t size = 0;
  std::string etag;
  std::string body;
  std::optional<std::string> gzip_body;
};

namespace {

std::optional<std::string> read_file(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream out;
  out << in.rdbuf();
  return std::move(out).str();
}

bool is_within(const fs::path& root, const fs::path& candidate) {
  auto r = root.begin();
  auto c = candidate.begin();
  for (; r != root.end(); ++r, ++c) {
    if (c == candidate.end() || *r != *c) return false;
  }
  return true;
}

}  // namespace

StaticFiles::StaticFiles(fs::path root) : root_(std::move(root)) {}

std::optional<fs::path> StaticFiles::resolve(const fs::path& root, std::string_view decoded_path) {
  if (decoded_path.find('\\') != std::string_view::npos) return std::nullopt;
  fs::path file = root;
  for (const auto& segment : split_path(decoded_path)) {
    if (segment.front() == '.') return std::nullopt;  // "..", ".", dotfiles
    file /= segment;
  }
  std::error_code ec;
  if (fs::is_directory(file, ec)) file /= "index.html";
  const auto real_root = fs::canonical(root, ec);
  if (ec) return std::nullopt;
  const auto real_file = fs::canonical(file, ec);
  if (ec || !fs::is_regular_file(real_file, ec) || !is_within(real_root, real_file)) {
    return std::nullopt;
  }
  return real_file;
}

std::shared_ptr<const StaticFiles::CachedFile> StaticFiles::load(const fs::path& file) const {
  std::error_code ec;
  const auto mtime = fs::last_write_time(file, ec);
  const auto size = fs::file_size(file, ec);
  if (ec) return nullptr;
  {
    std::lock_guard lock(mutex_);
    auto it = cache_.find(file.string());
    if (it != cache_.end() && it->second->mtime == mtime && it->second->size == size) {
      return it->second;
    }
  }
  auto body = read_file(file);
  if (!body) return nullptr;
  auto entry = std::make_shared<CachedFile>();
  entry->mtime = mtime;
  entry->size = size;
  entry->body = std::move(*body);
  const auto ticks = mtime.time_since_epoch().count();
  entry->etag = "\"" + std::to_string(size) + "-" + std::to_string(ticks) + "\"";
  auto gz = fs::path(file).concat(".gz");
  if (fs::exists(gz, ec) && fs::last_write_time(gz, ec) >= mtime) entry->gzip_body = read_file(gz);
  std::lock_guard lock(mutex_);
  cache_[file.string()] = entry;
  return entry;
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
  const auto file = resolve(root_, request.path);
  if (!file) return std::nullopt;
  const auto entry = load(*file);
  if (!entry) return std::nullopt;

  Response response;
  response.content_type = std::string(mime_type_for(file->filename().string()));
  response.set_header("ETag", entry->etag);
  // Names are not content-hashed, so the browser must revalidate (cheap: 304).
  response.set_header("Cache-Control", "no-cache");
  response.set_header("Vary", "Accept-Encoding");
  response.omit_body = request.method == "HEAD";
  if (etag_matches(request, entry->etag)) {
    response.status = 304;
    return response;
  }
  if (entry->gzip_body && accepts_gzip(request)) {
    response.set_header("Content-Encoding", "gzip");
    response.shared_body = std::shared_ptr<const std::string>(entry, &*entry->gzip_body);
  } else {
    response.shared_body = std::shared_ptr<const std::string>(entry, &entry->body);
  }
  return response;
}

}  // namespace moviedb::http
