#include "http/security_headers.hpp"

namespace moviedb::http {

void add_security_headers(Response& response) {
  // 'wasm-unsafe-eval' allows compiling our .wasm without allowing JS eval.
  response.set_header("Content-Security-Policy",
                      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; "
                      "style-src 'self'; img-src 'self' data: blob:; font-src 'self'; "
                      "connect-src 'self'; object-src 'none'; base-uri 'none'; "
                      "frame-ancestors 'none'; form-action 'self'");
  response.set_header("X-Content-Type-Options", "nosniff");
  response.set_header("X-Frame-Options", "DENY");
  response.set_header("Referrer-Policy", "no-referrer");
  response.set_header("Cross-Origin-Opener-Policy", "same-origin");
  response.set_header("Cross-Origin-Resource-Policy", "same-origin");
}

}  // namespace moviedb::http
