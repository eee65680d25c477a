#include "state/admin_browse.hpp"

#include <cctype>

namespace moviedb::client {

namespace {

std::string trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

void add_if_set(net::Query& query, std::string key, std::string_view value) {
  auto text = trim(value);
  if (!text.empty()) query.emplace_back(std::move(key), std::move(text));
}

}  // namespace

std::int64_t page_count(std::int64_t total, std::int64_t page_size) {
  return total <= 0 ? 1 : (total + page_size - 1) / page_size;
}

net::Query people_params(const PeopleState& people) {
  net::Query query;
  add_if_set(query, "q", people.q);
  query.emplace_back("page", std::to_string(people.page));
  query.emplace_back("page_size", std::to_string(PeopleState::kPageSize));
  return query;
}

net::Query activity_params(const ActivityState& activity) {
  const auto& f = activity.filter;
  net::Query query;
  add_if_set(query, "user", f.user);
  add_if_set(query, "movie", f.movie);
  add_if_set(query, "kind", f.kind);
  add_if_set(query, "since", f.since);
  add_if_set(query, "until", f.until);
  query.emplace_back("page", std::to_string(activity.page));
  query.emplace_back("page_size", std::to_string(ActivityState::kPageSize));
  return query;
}

std::string activity_summary(const domain::Interaction& i) {
  std::string out;
  auto add = [&out](const std::string& part) { out += (out.empty() ? "" : " · ") + part; };
  if (i.reaction) add(*i.reaction == domain::Reaction::like ? "liked" : "disliked");
  if (i.watched) add("watched");
  if (i.views > 0) add(std::to_string(i.views) + (i.views == 1 ? " view" : " views"));
  return out.empty() ? "—" : out;
}

}  // namespace moviedb::client
