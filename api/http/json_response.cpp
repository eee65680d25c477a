#include "http/json_response.hpp"

#include "json_text/json_text.hpp"

namespace moviedb::http {

Response json_response(unsigned status, const boost::json::value& body) {
  return json_body_response(status, json_text::json_text(body));
}

Response json_body_response(unsigned status, std::string body) {
  Response response;
  response.status = status;
  response.content_type = "application/json";
  response.body = std::move(body);
  // API answers are per-caller and change with every write.
  response.set_header("Cache-Control", "no-store");
  return response;
}

}  // namespace moviedb::http
