#include "http/movie_json.hpp"

#include "domain/movie_fields.hpp"
#include "http/json_text.hpp"

namespace moviedb::http {

namespace {

void append_value(std::string& out, const std::string& value) {
  append_json_string(out, value);
}
void append_value(std::string& out, std::int64_t value) {
  append_json_number(out, value);
}
void append_value(std::string& out, int value) {
  append_json_number(out, static_cast<std::int64_t>(value));
}
void append_value(std::string& out, double value) {
  append_json_number(out, value);
}

template <class T>
void append_value(std::string& out, const std::optional<T>& value) {
  if (value) {
    append_value(out, *value);
  } else {
    out += "null";
  }
}

void append_value(std::string& out, const std::vector<std::string>& values) {
  out.push_back('[');
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_json_string(out, values[i]);
  }
  out.push_back(']');
}

}  // namespace

void append_json(std::string& out, const domain::Movie& movie, const boost::json::object& more) {
  char separator = '{';
  const auto name = [&](std::string_view key) {
    out.push_back(separator);
    separator = ',';
    append_json_string(out, key);
    out.push_back(':');
  };
  domain::for_each_movie_member(movie, [&](std::string_view key, const auto& value) {
    name(key);
    append_value(out, value);
  });
  for (const auto& member : more) {
    name(member.key());
    append_json(out, member.value());
  }
  out.push_back('}');
}

}  // namespace moviedb::http
