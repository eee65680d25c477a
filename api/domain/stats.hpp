#pragma once
// What the admin dashboard charts: totals, leaders, reactions per genre and
// activity per day.
#include <boost/json/fwd.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace moviedb::domain {

struct RankedMovie {
  std::string id;
  std::string title;
  std::int64_t count = 0;
};

struct GenreReactions {
  std::string genre;
  std::int64_t likes = 0;
  std::int64_t dislikes = 0;
};

struct DayActivity {
  std::string day;  // YYYY-MM-DD (UTC)
  std::int64_t likes = 0;
  std::int64_t dislikes = 0;
  std::int64_t watched = 0;
  std::int64_t views = 0;
};

struct Stats {
  std::int64_t movies = 0;
  std::int64_t shows = 0;
  std::int64_t people = 0;
  std::int64_t users = 0;
  std::int64_t interactions = 0;
  std::int64_t likes = 0;
  std::int64_t dislikes = 0;
  std::int64_t watched = 0;
  std::int64_t views = 0;
  std::vector<RankedMovie> top_liked;
  std::vector<RankedMovie> top_viewed;
  std::vector<GenreReactions> reactions_per_genre;
  std::vector<DayActivity> activity;  // the last 30 days, oldest first
};

struct GenreCount {
  std::string genre;
  std::int64_t count = 0;
};

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const Stats& s);
Stats tag_invoke(const boost::json::value_to_tag<Stats>&, const boost::json::value& in);
void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const GenreCount& g);

}  // namespace moviedb::domain
