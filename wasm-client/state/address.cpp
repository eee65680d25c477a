#include "state/address.hpp"

#include <array>

#include "domain/query_string.hpp"
#include "net/url.hpp"
#include "state/browse.hpp"

namespace moviedb::client {

namespace {

struct ScreenPath {
  Screen screen;
  std::string_view path;   // after "#/"; screens with an id add "/{id}"
  std::string_view title;  // the page title's first part
};

// One row per screen: its address and its name in the page title.
constexpr std::array<ScreenPath, 15> kPaths{{
    {Screen::login, "login", "Sign in"},
    {Screen::browse, "browse", "Browse"},
    {Screen::movie, "movies", "Title"},
    {Screen::person, "people", "Person"},
    {Screen::catalog, "top", "Top 100"},
    {Screen::recommendations, "for-you", "For you"},
    {Screen::lists, "lists", "My lists"},
    {Screen::admin_movies, "admin/movies", "Movies (admin)"},
    {Screen::admin_import, "admin/import", "Import (admin)"},
    {Screen::admin_people, "admin/people", "People (admin)"},
    {Screen::admin_activity, "admin/interactions", "Interactions (admin)"},
    {Screen::admin_users, "admin/users", "Users (admin)"},
    {Screen::admin_dashboard, "admin/dashboard", "Dashboard (admin)"},
    {Screen::admin_cluster, "admin/cluster", "Cluster (admin)"},
    {Screen::admin_audit, "admin/audit", "Audit log (admin)"},
}};

const ScreenPath& path_of(Screen screen) {
  for (const auto& p : kPaths) {
    if (p.screen == screen) return p;
  }
  return kPaths[1];
}

bool has_id(Screen screen) {
  return screen == Screen::movie || screen == Screen::person;
}

}  // namespace

std::string address_of(const Route& route, const domain::MovieQuery& browse) {
  std::string address = "#/" + std::string(path_of(route.screen).path);
  if (has_id(route.screen)) address += "/" + net::percent_encode(route.id);
  if (route.screen == Screen::browse) {
    const auto params = movie_query_params(browse);
    for (std::size_t i = 0; i < params.size(); ++i) {
      address += (i == 0 ? "?" : "&") + net::percent_encode(params[i].first) + "=" +
                 net::percent_encode(params[i].second);
    }
  }
  return address;
}

std::optional<Address> parse_address(std::string_view hash) {
  if (hash.starts_with('#')) hash.remove_prefix(1);
  if (hash.starts_with('/')) hash.remove_prefix(1);
  const auto question = hash.find('?');
  const auto path = hash.substr(0, question);
  const auto query = question == std::string_view::npos ? "" : hash.substr(question + 1);
  for (const auto& p : kPaths) {
    Address address{{p.screen, {}}, {}};
    if (has_id(p.screen)) {
      if (!path.starts_with(p.path) || path.size() <= p.path.size() + 1 ||
          path[p.path.size()] != '/')
        continue;
      const auto segment = path.substr(p.path.size() + 1);
      auto id = domain::percent_decode(segment, false);
      if (!id || segment.find('/') != std::string_view::npos) return std::nullopt;
      address.route.id = std::move(*id);
    } else if (path != p.path) {
      continue;
    }
    if (p.screen == Screen::browse && !query.empty()) {
      const auto params = domain::parse_query(query);
      if (!params) return std::nullopt;
      try {
        address.browse = domain::parse_movie_query(*params);
      } catch (const domain::ValidationError&) {
        return std::nullopt;
      }
    }
    return address;
  }
  return std::nullopt;
}

std::string page_title(const Route& route, std::string_view shown_title) {
  const bool named = has_id(route.screen) && !shown_title.empty();
  return std::string(named ? shown_title : path_of(route.screen).title) + " · moviedb";
}

void AddressSync::arrived(std::string hash) {
  address_ = std::move(hash);
  replace_next_ = true;
}

std::optional<AddressSync::Update> AddressSync::after_frame(const Route& route,
                                                            const domain::MovieQuery& browse,
                                                            std::string_view shown_title,
                                                            bool settled) {
  if (!settled) return std::nullopt;
  auto address = address_of(route, browse);
  auto title = page_title(route, shown_title);
  const bool replace = replace_next_;
  replace_next_ = false;
  if (address == address_ && title == title_) return std::nullopt;
  const bool push = !replace && address != address_ && !(route == route_);
  address_ = address;
  title_ = title;
  route_ = route;
  return Update{std::move(address), std::move(title), push};
}

}  // namespace moviedb::client
