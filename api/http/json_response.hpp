#pragma once
#include <boost/json/value.hpp>

#include "http/message.hpp"

namespace moviedb::http {

Response json_response(unsigned status, const boost::json::value& body);

}  // namespace moviedb::http
