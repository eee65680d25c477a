#include "domain/movie.hpp"

#include <boost/json.hpp>

#include "domain/json_write.hpp"
#include "domain/movie_fields.hpp"

namespace moviedb::domain {

namespace json = boost::json;

namespace {

// Lenient reads for the client: a missing or null field keeps its default.
template <class T>
void take(const json::value& v, std::optional<T>& out) {
  boost::system::error_code ec;
  if (!v.is_number()) return;
  const auto number = v.to_number<T>(ec);
  if (!ec) out = number;
}
void take(const json::value& v, std::string& out) {
  if (v.is_string()) out = std::string(v.get_string());
}
void take(const json::value& v, std::int64_t& out) {
  std::optional<std::int64_t> number;
  take(v, number);
  out = number.value_or(out);
}
void take(const json::value& v, std::vector<std::string>& out) {
  if (!v.is_array()) return;
  for (const auto& item : v.get_array()) {
    if (item.is_string()) out.emplace_back(item.get_string());
  }
}

}  // namespace

void tag_invoke(const json::value_from_tag&, json::value& out, const Movie& movie) {
  json::object object;
  object.reserve(movie_fields().size());
  for_each_movie_member(
      movie, [&](std::string_view name, const auto& value) { put(object, name, value); });
  out = std::move(object);
}

Movie tag_invoke(const json::value_to_tag<Movie>&, const json::value& in) {
  Movie movie;
  const auto& object = in.as_object();
  for (const auto& field : movie_fields()) {
    if (const auto* v = object.if_contains(field.name)) {
      std::visit([&](auto member) { take(*v, movie.*member); }, field.member);
    }
  }
  return movie;
}

}  // namespace moviedb::domain
