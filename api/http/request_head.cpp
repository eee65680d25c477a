#include "http/request_head.hpp"

#include <algorithm>
#include <boost/beast/core/string.hpp>

#include "domain/query_string.hpp"
#include "http/errors.hpp"

namespace moviedb::http {

namespace bhttp = boost::beast::http;

bool printable_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](char c) { return c > 0x20 && c < 0x7F; });
}

bool ambiguous_framing(const RequestHeader& head) {
  const auto [first, last] = head.equal_range(bhttp::field::transfer_encoding);
  const auto codings = std::distance(first, last);
  if (codings == 0) return false;
  if (codings > 1 || head.count(bhttp::field::content_length) > 0) return true;
  auto value = std::string_view(first->value());
  while (!value.empty() && (value.front() == ' ' || value.front() == '\t')) value.remove_prefix(1);
  while (!value.empty() && (value.back() == ' ' || value.back() == '\t')) value.remove_suffix(1);
  return !boost::beast::iequals(value, "chunked");
}

Request to_request_head(const RequestHeader& head, std::string_view peer,
                        const TrustedProxies& proxies) {
  Request request;
  request.method = std::string(head.method_string());
  request.target = std::string(head.target());
  const auto question = request.target.find('?');
  auto decoded =
      domain::percent_decode(std::string_view(request.target).substr(0, question), false);
  if (!decoded)
    throw ApiError(400, "bad_request",
                   "the request path has a malformed escape, is not UTF-8 or holds a NUL (U+0000)");
  request.path = std::move(*decoded);
  if (question != std::string::npos) request.query = request.target.substr(question + 1);
  std::vector<std::string_view> forwarded_for;
  for (const auto& field : head) {
    request.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    if (boost::beast::iequals(field.name_string(), "X-Forwarded-For")) {
      forwarded_for.push_back(field.value());
    }
  }
  request.remote_address = proxies.client_address(peer, forwarded_for);
  return request;
}

}  // namespace moviedb::http
