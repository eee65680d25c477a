#include "domain/stats.hpp"

#include <boost/json.hpp>

#include "domain/json_read.hpp"

namespace moviedb::domain {

namespace json = boost::json;

namespace {

json::array ranked_json(const std::vector<RankedMovie>& ranked) {
  json::array out;
  for (const auto& r : ranked) out.push_back({{"id", r.id}, {"title", r.title}, {"count", r.count}});
  return out;
}

std::vector<RankedMovie> ranked_from(const json::object& o, std::string_view key) {
  std::vector<RankedMovie> out;
  if (const auto* a = o.if_contains(key); a && a->is_array()) {
    for (const auto& v : a->get_array()) {
      const auto& r = v.as_object();
      out.push_back({read_string(r, "id"), read_string(r, "title"), read_int(r, "count").value_or(0)});
    }
  }
  return out;
}

}  // namespace

void tag_invoke(const json::value_from_tag&, json::value& out, const Stats& s) {
  json::array genres;
  for (const auto& g : s.reactions_per_genre) {
    genres.push_back({{"genre", g.genre}, {"likes", g.likes}, {"dislikes", g.dislikes}});
  }
  json::array activity;
  for (const auto& d : s.activity) {
    activity.push_back({{"day", d.day}, {"likes", d.likes}, {"dislikes", d.dislikes},
                        {"watched", d.watched}, {"views", d.views}});
  }
  out = json::object{
      {"counts", {{"movies", s.movies}, {"shows", s.shows}, {"people", s.people},
                  {"users", s.users}, {"interactions", s.interactions}, {"likes", s.likes},
                  {"dislikes", s.dislikes}, {"watched", s.watched}, {"views", s.views}}},
      {"top_liked", ranked_json(s.top_liked)},
      {"top_viewed", ranked_json(s.top_viewed)},
      {"reactions_per_genre", std::move(genres)},
      {"activity", std::move(activity)}};
}

Stats tag_invoke(const json::value_to_tag<Stats>&, const json::value& in) {
  const auto& o = in.as_object();
  Stats s;
  if (const auto* c = o.if_contains("counts"); c && c->is_object()) {
    const auto& counts = c->get_object();
    s.movies = read_int(counts, "movies").value_or(0);
    s.shows = read_int(counts, "shows").value_or(0);
    s.people = read_int(counts, "people").value_or(0);
    s.users = read_int(counts, "users").value_or(0);
    s.interactions = read_int(counts, "interactions").value_or(0);
    s.likes = read_int(counts, "likes").value_or(0);
    s.dislikes = read_int(counts, "dislikes").value_or(0);
    s.watched = read_int(counts, "watched").value_or(0);
    s.views = read_int(counts, "views").value_or(0);
  }
  s.top_liked = ranked_from(o, "top_liked");
  s.top_viewed = ranked_from(o, "top_viewed");
  if (const auto* a = o.if_contains("reactions_per_genre"); a && a->is_array()) {
    for (const auto& v : a->get_array()) {
      const auto& g = v.as_object();
      s.reactions_per_genre.push_back({read_string(g, "genre"), read_int(g, "likes").value_or(0),
                                       read_int(g, "dislikes").value_or(0)});
    }
  }
  if (const auto* a = o.if_contains("activity"); a && a->is_array()) {
    for (const auto& v : a->get_array()) {
      const auto& d = v.as_object();
      s.activity.push_back({read_string(d, "day"), read_int(d, "likes").value_or(0),
                            read_int(d, "dislikes").value_or(0), read_int(d, "watched").value_or(0),
                            read_int(d, "views").value_or(0)});
    }
  }
  return s;
}

void tag_invoke(const json::value_from_tag&, json::value& out, const GenreCount& g) {
  out = json::object{{"genre", g.genre}, {"count", g.count}};
}

}  // namespace moviedb::domain
