#pragma once
// Admin browsers over data the users made: people (search, then one
// person's filmography) and interactions (filtered by user, title, kind and
// time). Both page through the server's lists.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/interaction.hpp"
#include "domain/people.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"
#include "state/load.hpp"

namespace moviedb::client {

// Pages needed for `total` rows (at least one, so "page 1 of 1" reads right).
std::int64_t page_count(std::int64_t total, std::int64_t page_size);

struct PeopleState {
  static constexpr std::int64_t kPageSize = 50;
  LoadState load;
  std::string q;
  std::int64_t page = 1;
  std::vector<domain::Person> items;
  std::int64_t total = 0;
  std::string selected;  // whose filmography is shown ("" none)
  LoadState filmography_load;
  net::PersonDetail filmography;
  std::int64_t pages() const { return page_count(total, kPageSize); }
};
net::Query people_params(const PeopleState& people);

struct ActivityFilter {
  std::string user;   // username or id
  std::string movie;  // id
  std::string kind;   // "", like, dislike, watched, viewed
  std::string since;  // ISO 8601 date or date-time
  std::string until;
  bool operator==(const ActivityFilter&) const = default;
};
struct ActivityState {
  static constexpr std::int64_t kPageSize = 50;
  LoadState load;
  ActivityFilter filter;
  std::int64_t page = 1;
  std::vector<domain::Interaction> items;
  std::int64_t total = 0;
  std::int64_t pages() const { return page_count(total, kPageSize); }
};
// GET /admin/interactions query (empty filters left out).
net::Query activity_params(const ActivityState& activity);
// "liked · watched · 3 views" (what the row says the user did).
std::string activity_summary(const domain::Interaction& interaction);

}  // namespace moviedb::client
