#include "net/wire.hpp"

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <boost/json/value_to.hpp>

#include "domain/json_read.hpp"

namespace moviedb::client::net {

namespace json = boost::json;

namespace {

template <class T>
std::optional<T> fail(std::string* error, std::string message) {
  if (error) *error = std::move(message);
  return std::nullopt;
}

// The body as a JSON object, or nullptr (with *error set).
std::optional<json::value> parse_object(std::string_view body, std::string* error) {
  boost::system::error_code ec;
  auto value = json::parse(body, ec);
  if (ec) return fail<json::value>(error, "the server's answer is not JSON (" + ec.message() + ")");
  if (!value.is_object())
    return fail<json::value>(error, "the server's answer is not a JSON object");
  return value;
}

// Each object in `array` converted with the domain's tag_invoke; other values skipped.
template <class T>
std::vector<T> objects_of(const json::value* array) {
  std::vector<T> out;
  if (array == nullptr || !array->is_array()) return out;
  out.reserve(array->get_array().size());
  for (const auto& item : array->get_array()) {
    if (item.is_object()) out.push_back(json::value_to<T>(item));
  }
  return out;
}

template <class T>
std::optional<domain::Page<T>> decode_page(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  const auto* items = o.if_contains("items");
  if (items == nullptr || !items->is_array()) {
    return fail<domain::Page<T>>(error, "the server's list has no \"items\" array");
  }
  domain::Page<T> page;
  page.items = objects_of<T>(items);
  page.page = domain::read_int(o, "page").value_or(1);
  page.page_size =
      domain::read_int(o, "page_size").value_or(static_cast<std::int64_t>(page.items.size()));
  page.total = domain::read_int(o, "total").value_or(static_cast<std::int64_t>(page.items.size()));
  return page;
}

Viewer viewer_from(const json::object& o) {
  Viewer viewer;
  viewer.reaction = domain::parse_reaction(domain::read_string(o, "reaction"));
  viewer.watched = domain::read_bool(o, "watched");
  viewer.views = domain::read_int(o, "views").value_or(0);
  return viewer;
}

}  // namespace

std::optional<domain::Page<domain::Movie>> decode_movie_page(std::string_view body,
                                                             std::string* error) {
  return decode_page<domain::Movie>(body, error);
}

std::optional<domain::Page<domain::Interaction>> decode_interaction_page(std::string_view body,
                                                                         std::string* error) {
  return decode_page<domain::Interaction>(body, error);
}

std::optional<MovieDetail> decode_movie_detail(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  MovieDetail detail;
  detail.movie = json::value_to<domain::Movie>(*value);
  if (detail.movie.id.empty()) return fail<MovieDetail>(error, "the server's movie has no id");
  detail.credits = objects_of<domain::Credit>(o.if_contains("credits"));
  if (const auto* v = o.if_contains("viewer"); v && v->is_object()) {
    detail.viewer = viewer_from(v->get_object());
  }
  return detail;
}

std::optional<InteractionSummary> decode_interaction_summary(std::string_view body,
                                                             std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  InteractionSummary summary;
  summary.movie_id = domain::read_string(o, "movie_id");
  const auto* viewer = o.if_contains("viewer");
  if (summary.movie_id.empty() || viewer == nullptr || !viewer->is_object()) {
    return fail<InteractionSummary>(error, "the server's answer lacks \"movie_id\" or \"viewer\"");
  }
  summary.viewer = viewer_from(viewer->get_object());
  summary.counters.likes = domain::read_int(o, "likes").value_or(0);
  summary.counters.dislikes = domain::read_int(o, "dislikes").value_or(0);
  summary.counters.watched = domain::read_int(o, "watched").value_or(0);
  summary.counters.views = domain::read_int(o, "views").value_or(0);
  return summary;
}

std::optional<AuthResult> decode_auth(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  AuthResult result;
  result.token = domain::read_string(o, "token");
  const auto* user = o.if_contains("user");
  if (result.token.empty() || user == nullptr || !user->is_object()) {
    return fail<AuthResult>(error, "the server's answer lacks \"token\" or \"user\"");
  }
  result.user = json::value_to<domain::User>(*user);
  return result;
}

std::optional<domain::User> decode_user(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  auto user = json::value_to<domain::User>(*value);
  if (user.id.empty()) return fail<domain::User>(error, "the server's account has no id");
  return user;
}

std::optional<PersonDetail> decode_person_detail(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  PersonDetail detail;
  detail.person.id = domain::read_string(o, "id");
  detail.person.name = domain::read_string(o, "name");
  if (detail.person.id.empty()) return fail<PersonDetail>(error, "the server's person has no id");
  detail.credits = objects_of<domain::Credit>(o.if_contains("credits"));
  detail.person.credits = static_cast<std::int64_t>(detail.credits.size());
  return detail;
}

std::optional<std::vector<Recommendation>> decode_recommendations(std::string_view body,
                                                                  std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto* items = value->get_object().if_contains("items");
  if (items == nullptr || !items->is_array()) {
    return fail<std::vector<Recommendation>>(error, "the server's list has no \"items\" array");
  }
  std::vector<Recommendation> out;
  for (const auto& item : items->get_array()) {
    if (!item.is_object()) continue;
    out.push_back(
        {json::value_to<domain::Movie>(item), domain::read_string(item.get_object(), "reason")});
  }
  return out;
}

std::optional<std::vector<domain::GenreCount>> decode_genres(std::string_view body,
                                                             std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto* items = value->get_object().if_contains("items");
  if (items == nullptr || !items->is_array()) {
    return fail<std::vector<domain::GenreCount>>(error, "the server's list has no \"items\" array");
  }
  std::vector<domain::GenreCount> out;
  for (const auto& item : items->get_array()) {
    const auto* o = item.if_object();
    if (o == nullptr) continue;
    domain::GenreCount genre{domain::read_string(*o, "genre"),
                             domain::read_int(*o, "count").value_or(0)};
    if (!genre.genre.empty()) out.push_back(std::move(genre));
  }
  return out;
}

std::string encode_credentials(std::string_view username, std::string_view password,
                               std::string_view display_name) {
  json::object o{{"username", username}, {"password", password}};
  if (!display_name.empty()) o["display_name"] = display_name;
  return json::serialize(o);
}

std::string encode_reaction(domain::Reaction reaction) {
  return json::serialize(json::object{{"reaction", domain::to_string(reaction)}});
}

}  // namespace moviedb::client::net
