#include "http/negotiation.hpp"

#include <zlib.h>

#include <cstdlib>
#include <stdexcept>
#include <string>

namespace moviedb::http {

namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Calls `each` with every comma-separated element of a header's value.
template <class F>
void for_each_element(std::string_view list, F&& each) {
  while (!list.empty()) {
    const auto comma = list.find(',');
    each(trim(list.substr(0, comma)));
    list = comma == std::string_view::npos ? std::string_view{} : list.substr(comma + 1);
  }
}

// A q-value of 0 refuses the coding ("gzip;q=0").
bool refused(std::string_view params) {
  while (!params.empty()) {
    const auto semicolon = params.find(';');
    const auto param = trim(params.substr(0, semicolon));
    if (param.starts_with("q=") || param.starts_with("Q=")) {
      return std::strtod(std::string(param.substr(2)).c_str(), nullptr) == 0.0;
    }
    params =
        semicolon == std::string_view::npos ? std::string_view{} : params.substr(semicolon + 1);
  }
  return false;
}

}  // namespace

bool accepts_gzip(const Request& request) {
  const auto header = request.header("Accept-Encoding");
  if (!header) return false;
  bool accepted = false;
  for_each_element(*header, [&](std::string_view element) {
    const auto semicolon = element.find(';');
    const auto coding = trim(element.substr(0, semicolon));
    const auto params = semicolon == std::string_view::npos ? "" : element.substr(semicolon + 1);
    if (iequals(coding, "gzip") || iequals(coding, "x-gzip") || coding == "*") {
      accepted = accepted || !refused(params);
    }
  });
  return accepted;
}

bool etag_matches(const Request& request, std::string_view etag) {
  const auto header = request.header("If-None-Match");
  if (!header) return false;
  auto opaque = [](std::string_view tag) { return tag.starts_with("W/") ? tag.substr(2) : tag; };
  bool matched = false;
  for_each_element(*header, [&](std::string_view tag) {
    matched = matched || tag == "*" || opaque(tag) == opaque(etag);
  });
  return matched;
}

namespace {

// One deflate state per thread, reset between bodies: setting one up
// allocates about 270 KB, which glibc maps and unmaps each time (page faults
// and TLB shootdowns cost more than compressing a movie page).
class Deflater {
 public:
  Deflater() {
    // windowBits 15 + 16: a gzip header and trailer around the deflate stream.
    if (deflateInit2(&stream_, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK) {
      throw std::runtime_error("zlib: deflateInit2 failed");
    }
  }
  ~Deflater() { deflateEnd(&stream_); }
  Deflater(const Deflater&) = delete;
  Deflater& operator=(const Deflater&) = delete;

  std::string compress(std::string_view bytes) {
    deflateReset(&stream_);
    std::string out(deflateBound(&stream_, bytes.size()), '\0');
    stream_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
    stream_.avail_in = static_cast<uInt>(bytes.size());
    stream_.next_out = reinterpret_cast<Bytef*>(out.data());
    stream_.avail_out = static_cast<uInt>(out.size());
    if (deflate(&stream_, Z_FINISH) != Z_STREAM_END) {
      throw std::runtime_error("zlib: deflate did not finish");
    }
    out.resize(stream_.total_out);
    // Sized for deflate's worst case, about four times what it holds; what is
    // compressed is kept (http/response_cache.hpp), so give the room back.
    out.shrink_to_fit();
    return out;
  }

 private:
  z_stream stream_{};
};

}  // namespace

std::string gzip(std::string_view bytes) {
  thread_local Deflater deflater;
  return deflater.compress(bytes);
}

}  // namespace moviedb::http
