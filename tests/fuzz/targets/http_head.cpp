// A request head through Beast's parser with the server's limits (16 KiB of
// head, 100 fields), then the server's own checks and path decoding.
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http/parser.hpp>
#include <boost/beast/http/string_body.hpp>
#include <cstdlib>

#include "domain/utf8.hpp"
#include "fuzz_input.hpp"
#include "http/errors.hpp"
#include "http/request_head.hpp"
#include "http/server_config.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* bytes, std::size_t size) {
  using namespace moviedb;
  namespace bhttp = boost::beast::http;
  static const auto proxies = http::TrustedProxies::parse("127.0.0.0/8,::1");
  const http::ServerConfig config;
  bhttp::request_parser<bhttp::string_body> parser;
  parser.header_limit(static_cast<std::uint32_t>(config.header_limit));
  parser.body_limit(1 << 20);
  parser.eager(false);
  boost::beast::error_code ec;
  parser.put(boost::asio::buffer(bytes, size), ec);
  if (ec || !parser.is_header_done()) return 0;
  const auto& head = parser.get();
  if (!http::printable_ascii(head.target())) return 0;
  http::ambiguous_framing(head);
  try {
    const auto request = http::to_request_head(head, "127.0.0.1", proxies);
    if (!domain::valid_utf8(request.path)) std::abort();
  } catch (const http::ApiError& e) {
    if (e.status() != 400) std::abort();
  }
  return 0;
}
