#include "state/address.hpp"

#include "domain/query_string.hpp"
#include "net/url.hpp"
#include "state/browse.hpp"

namespace moviedb::client {

std::string address_of(const Route& route, const domain::MovieQuery& browse) {
  const auto& info = screen_info(route.screen);
  std::string address = "#/" + std::string(info.path);
  if (info.has_id) address += "/" + net::percent_encode(route.id);
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
  for (const auto& p : all_screens()) {
    Address address{{p.screen, {}}, {}};
    if (p.has_id) {
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
  const bool named = screen_info(route.screen).has_id && !shown_title.empty();
  return (named ? std::string(shown_title) : screen_title(route.screen)) + " · moviedb";
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
