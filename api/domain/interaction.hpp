#pragma once
// One user's state for one title: an exclusive reaction, watched, views.
#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace moviedb::domain {

enum class Reaction { like, dislike };
std::string_view to_string(Reaction reaction);
std::optional<Reaction> parse_reaction(std::string_view text);

struct Interaction {
  std::string user_id;
  std::string movie_id;
  std::optional<Reaction> reaction;
  bool watched = false;
  std::string watched_at;
  std::int64_t views = 0;
  std::string last_viewed_at;
  std::string created_at;
  std::string updated_at;
  // Filled in lists, so a reader sees what the title is.
  std::string movie_title;
  std::string username;
};

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Interaction& i);
Interaction tag_invoke(const boost::json::value_to_tag<Interaction>&, const boost::json::value& in);

// The `viewer` object on a movie detail for a signed-in caller.
boost::json::object viewer_json(const std::optional<Interaction>& interaction);

}  // namespace moviedb::domain
