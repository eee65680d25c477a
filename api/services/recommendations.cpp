#include "services/recommendations.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace moviedb::services {

namespace {

struct Seed {
  domain::Movie movie;
  double weight;  // a like counts more than a watch
  std::string verb;
};

struct Taste {
  std::vector<Seed> seeds;
  std::map<std::string, double> genres;
  std::map<std::string, std::pair<double, const Seed*>> people;  // name → weight, via
};

std::vector<Seed> seeds_of(store::Store& store, const std::string& user_id) {
  store::InteractionQuery q;
  q.user_id = user_id;
  q.page_size = 100;
  std::map<std::string, std::pair<double, std::string>> picked;
  q.reaction = domain::Reaction::like;
  for (const auto& i : store.list_interactions(q).items) picked[i.movie_id] = {2.0, "liked"};
  q.reaction.reset();
  q.watched = true;
  for (const auto& i : store.list_interactions(q).items) {
    if (i.reaction != domain::Reaction::dislike) picked.try_emplace(i.movie_id, 1.0, "watched");
  }
  std::vector<std::string> ids;
  for (const auto& [id, _] : picked) ids.push_back(id);
  std::vector<Seed> seeds;
  for (auto& movie : store.find_movies(ids)) {
    const auto& [weight, verb] = picked[movie.id];
    seeds.push_back({std::move(movie), weight, verb});
  }
  return seeds;
}

Taste taste_of(store::Store& store, const std::string& user_id) {
  Taste taste{seeds_of(store, user_id), {}, {}};
  for (const auto& seed : taste.seeds) {
    for (const auto& genre : seed.movie.genres) taste.genres[genre] += seed.weight;
    int actors = 0;
    for (const auto& credit : store.credits_of(seed.movie.id)) {
      if (credit.role == "ACTOR" && ++actors > 5) continue;  // leads, not the whole cast
      auto& [weight, via] = taste.people[credit.name];
      weight += seed.weight;
      via = via ? via : &seed;
    }
  }
  return taste;
}

template <class Map>
std::vector<typename Map::key_type> top_keys(const Map& map, std::size_t n,
                                             auto weight_of) {
  std::vector<typename Map::key_type> keys;
  for (const auto& [key, _] : map) keys.push_back(key);
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    return weight_of(map.at(a)) > weight_of(map.at(b));
  });
  if (keys.size() > n) keys.resize(n);
  return keys;
}

const Seed* seed_sharing(const Taste& taste, const domain::Movie& movie) {
  const Seed* best = nullptr;
  std::size_t best_shared = 0;
  for (const auto& seed : taste.seeds) {
    std::size_t shared = 0;
    for (const auto& g : movie.genres) {
      shared += std::count(seed.movie.genres.begin(), seed.movie.genres.end(), g);
    }
    if (shared > best_shared) best = &seed, best_shared = shared;
  }
  return best;
}

}  // namespace

std::vector<Recommendation> recommend(store::Store& store, const domain::User& user,
                                      std::size_t limit) {
  const auto taste = taste_of(store, user.id);
  domain::MovieQuery base;
  base.exclude_interacted_by = user.id;
  base.page_size = 30;
  std::map<std::string, Recommendation> found;
  std::map<std::string, double> score;
  const auto genres = top_keys(taste.genres, 3, [](double w) { return w; });
  for (const auto& genre : genres) {
    auto q = base;
    q.genres = {genre};
    for (auto& movie : store.search_movies(q).items) {
      double s = 0;
      for (const auto& g : movie.genres) s += taste.genres.count(g) ? taste.genres.at(g) : 0;
      const auto* seed = seed_sharing(taste, movie);
      const auto reason = seed ? "because you " + seed->verb + " " + seed->movie.title
                               : "popular in " + genre;
      const auto id = movie.id;  // the key must not be read from a moved-from movie
      score[id] = std::max(score[id], s + movie.imdb_score.value_or(0) / 2);
      found.try_emplace(id, Recommendation{std::move(movie), reason});
    }
  }
  const auto people = top_keys(taste.people, 3, [](const auto& p) { return p.first; });
  for (const auto& name : people) {
    auto q = base;
    q.person = name;
    q.page_size = 10;
    const auto* via = taste.people.at(name).second;
    for (auto& movie : store.search_movies(q).items) {
      const auto id = movie.id;
      score[id] += 3 + movie.imdb_score.value_or(0) / 2;
      auto reason = "because you " + via->verb + " " + via->movie.title + " (" + name + ")";
      found.insert_or_assign(id, Recommendation{std::move(movie), std::move(reason)});
    }
  }
  if (found.empty()) {  // nothing to go on yet: the best-rated titles
    base.page_size = static_cast<std::int64_t>(limit);
    for (auto& movie : store.search_movies(base).items) {
      const auto id = movie.id;
      score[id] = movie.imdb_score.value_or(0);
      found.try_emplace(id, Recommendation{std::move(movie), "top rated on moviedb"});
    }
  }
  std::vector<Recommendation> out;
  for (auto& [id, rec] : found) out.push_back(std::move(rec));
  std::stable_sort(out.begin(), out.end(), [&](const auto& a, const auto& b) {
    return score[a.movie.id] > score[b.movie.id];
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

std::vector<domain::Movie> preference_search(store::Store& store, const domain::MovieQuery& prefs,
                                             std::size_t limit) {
  auto q = prefs;
  q.sort = {"imdb_score", true};
  q.page = 1;
  q.page_size = static_cast<std::int64_t>(limit);
  return store.search_movies(q).items;
}

}  // namespace moviedb::services
