#include "domain/people.hpp"

#include <boost/json.hpp>

#include "domain/json_read.hpp"
#include "domain/json_write.hpp"

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
  for_each_credit_member(c, [&](std::string_view name, const auto& value) { put(o, name, value); });
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
