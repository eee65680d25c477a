#pragma once
// Cast and crew: a person, and a person's credit in one title.
#include <boost/json/fwd.hpp>
#include <optional>
#include <string>

namespace moviedb::domain {

struct Person {
  std::string id;
  std::string name;
  std::int64_t credits = 0;  // titles they are credited in (lists and search)
};

struct Credit {
  std::string movie_id;
  std::string person_id;
  std::string name;
  std::string character;
  std::string role;  // ACTOR, DIRECTOR, …
  // Filled in filmographies, where the title is what a reader needs.
  std::string movie_title;
  std::optional<int> release_year;
};

// Visits each JSON member of a credit as (name, value) in order: the one
// naming of a credit, whoever writes it (a Boost.JSON value in people.cpp,
// text in json_text/movie_json.hpp). A filmography's credit also names its title.
template <class Visit>
void for_each_credit_member(const Credit& c, Visit&& visit) {
  visit("movie_id", c.movie_id);
  visit("person_id", c.person_id);
  visit("name", c.name);
  visit("character", c.character);
  visit("role", c.role);
  if (c.movie_title.empty()) return;
  visit("movie_title", c.movie_title);
  visit("release_year", c.release_year);
}

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Person& p);
Person tag_invoke(const boost::json::value_to_tag<Person>&, const boost::json::value& in);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Credit& c);
Credit tag_invoke(const boost::json::value_to_tag<Credit>&, const boost::json::value& in);

}  // namespace moviedb::domain
