#include "domain/people.hpp"

#include <boost/json.hpp>
#include <type_traits>

#include "domain/json_read.hpp"

namespace moviedb::domain {

namespace json = boost::json;

void tag_invoke(const json::value_from_tag&, json::value& out, const Person& p) {
  out = json::object{{"id", p.id}, {"name", p.name}, {"credits", p.credits}};
}

Person tag_invoke(const json::value_to_tag<Person>&, const json::value& in) {
  const auto& o = in.as_object();
  return {read_string(o, "id"), read_string(o, "name"), read_int(o, "credits").value_or(0)};
}

void tag_invoke(const json::value_from_tag&, json::value& out, const Credit& c) {
  json::object o;
  const auto member = [&](std::string_view name, const auto& value) {
    if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::optional<int>>) {
      o[name] = value ? json::value(*value) : json::value(nullptr);
    } else {
      o[name] = value;
    }
  };
  for_each_credit_member(c, member);
  out = std::move(o);
}

Credit tag_invoke(const json::value_to_tag<Credit>&, const json::value& in) {
  const auto& o = in.as_object();
  Credit c{read_string(o, "movie_id"), read_string(o, "person_id"), read_string(o, "name"),
           read_string(o, "character"), read_string(o, "role"), read_string(o, "movie_title"),
           std::nullopt};
  if (auto year = read_int(o, "release_year")) c.release_year = static_cast<int>(*year);
  return c;
}

}  // namespace moviedb::domain
