#include "http/security_headers.hpp"

namespace moviedb::http {

namespace {

// 'wasm-unsafe-eval' allows compiling our .wasm without allowing JS eval.
constexpr std::string_view kSecurityFields =
    "Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
    "style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'\r\n"
    "X-Content-Type-Options: nosniff\r\n"
    "X-Frame-Options: DENY\r\n"
    "Referrer-Policy: no-referrer\r\n"
    "Cross-Origin-Opener-Policy: same-origin\r\n"
    "Cross-Origin-Resource-Policy: same-origin\r\n";

}  // namespace

void add_security_headers(Response& response) {
  response.fixed_fields = kSecurityFields;
}

}  // namespace moviedb::http
