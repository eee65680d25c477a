#include "domain/interaction.hpp"

#include <boost/json.hpp>

#include "domain/json_read.hpp"

namespace moviedb::domain {

namespace json = boost::json;

std::string_view to_string(Reaction reaction) {
  return reaction == Reaction::like ? "like" : "dislike";
}

std::optional<Reaction> parse_reaction(std::string_view text) {
  if (text == "like") return Reaction::like;
  if (text == "dislike") return Reaction::dislike;
  return std::nullopt;
}

namespace {

json::value reaction_json(const std::optional<Reaction>& reaction) {
  return reaction ? json::value(to_string(*reaction)) : json::value(nullptr);
}

}  // namespace

void tag_invoke(const json::value_from_tag&, json::value& out, const Interaction& i) {
  json::object o{{"user_id", i.user_id},
                 {"movie_id", i.movie_id},
                 {"reaction", reaction_json(i.reaction)},
                 {"watched", i.watched},
                 {"watched_at", i.watched_at.empty() ? json::value() : json::value(i.watched_at)},
                 {"views", i.views},
                 {"last_viewed_at",
                  i.last_viewed_at.empty() ? json::value() : json::value(i.last_viewed_at)},
                 {"created_at", i.created_at},
                 {"updated_at", i.updated_at}};
  if (!i.movie_title.empty()) o["movie_title"] = i.movie_title;
  if (!i.username.empty()) o["username"] = i.username;
  out = std::move(o);
}

Interaction tag_invoke(const json::value_to_tag<Interaction>&, const json::value& in) {
  const auto& o = in.as_object();
  Interaction i;
  i.user_id = read_string(o, "user_id");
  i.movie_id = read_string(o, "movie_id");
  i.reaction = parse_reaction(read_string(o, "reaction"));
  i.watched = read_bool(o, "watched");
  i.watched_at = read_string(o, "watched_at");
  i.views = read_int(o, "views").value_or(0);
  i.last_viewed_at = read_string(o, "last_viewed_at");
  i.created_at = read_string(o, "created_at");
  i.updated_at = read_string(o, "updated_at");
  i.movie_title = read_string(o, "movie_title");
  i.username = read_string(o, "username");
  return i;
}

json::object viewer_json(const std::optional<Interaction>& interaction) {
  if (!interaction) return {{"reaction", nullptr}, {"watched", false}, {"views", 0}};
  return {{"reaction", reaction_json(interaction->reaction)},
          {"watched", interaction->watched},
          {"views", interaction->views}};
}

}  // namespace moviedb::domain
