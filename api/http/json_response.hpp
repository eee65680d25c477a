#pragma once
#include <boost/json/value.hpp>
#include <string>

#include "http/message.hpp"

namespace moviedb::http {

Response json_response(unsigned status, const boost::json::value& body);
// The same from an already serialised JSON text.
Response json_body_response(unsigned status, std::string body);

}  // namespace moviedb::http
