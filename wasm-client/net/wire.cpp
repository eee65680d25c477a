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
  if (const auto* exact = o.if_contains("total_exact"); exact && exact->is_bool()) {
    page.total_exact = exact->get_bool();
  }
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

std::optional<domain::Page<domain::User>> decode_user_page(std::string_view body,
                                                           std::string* error) {
  return decode_page<domain::User>(body, error);
}

std::optional<domain::Page<domain::Person>> decode_person_page(std::string_view body,
                                                               std::string* error) {
  return decode_page<domain::Person>(body, error);
}

std::optional<std::int64_t> decode_count(std::string_view body, std::string_view key,
                                         std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  if (auto n = domain::read_int(value->get_object(), key)) return n;
  return fail<std::int64_t>(error, "the server's answer has no \"" + std::string(key) + "\" count");
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

namespace moviedb::client::net {

std::optional<ImportResult> decode_import_result(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  if (!o.contains("inserted") || !o.contains("rejected")) {
    return fail<ImportResult>(error, "the server's import report has no counts");
  }
  ImportResult result;
  result.records = domain::read_int(o, "records").value_or(0);
  result.inserted = domain::read_int(o, "inserted").value_or(0);
  result.updated = domain::read_int(o, "updated").value_or(0);
  result.rejected = domain::read_int(o, "rejected").value_or(0);
  if (const auto* errors = o.if_contains("errors"); errors && errors->is_array()) {
    for (const auto& item : errors->get_array()) {
      if (!item.is_object()) continue;
      const auto& e = item.get_object();
      result.errors.push_back({domain::read_int(e, "index").value_or(0),
                               std::string(domain::read_string(e, "id")),
                               std::string(domain::read_string(e, "message"))});
    }
  }
  return result;
}

}  // namespace moviedb::client::net

namespace moviedb::client::net {

std::optional<domain::Stats> decode_stats(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  return json::value_to<domain::Stats>(*value);
}

std::optional<domain::Page<domain::AuditEntry>> decode_audit_page(std::string_view body,
                                                                  std::string* error) {
  return decode_page<domain::AuditEntry>(body, error);
}

namespace {

std::string scalar_text(const json::value& v) {
  if (v.is_string()) return std::string(v.get_string());
  if (v.is_object() || v.is_array()) return json::serialize(v);
  return json::serialize(v);
}

// "key: value · key: value" for an object's scalar members (nested ones as JSON).
std::string object_text(const json::object& o) {
  std::string out;
  for (const auto& [key, value] : o) {
    if (!out.empty()) out += " · ";
    out += std::string(key) + ": " + scalar_text(value);
  }
  return out;
}

ShardCounts shard_counts(const boost::json::object& o) {
  ShardCounts counts;
  for (const auto& [shard, count] : o) {
    counts.emplace_back(std::string(shard), domain::read_int(o, shard).value_or(0));
  }
  return counts;
}

}  // namespace

std::optional<PlacementFacts> decode_placement(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  PlacementFacts facts;
  facts.sharded = domain::read_bool(o, "sharded");
  facts.note = domain::read_string(o, "note");
  if (const auto* b = o.if_contains("balancer"); b && b->is_object()) {
    const auto& balancer = b->get_object();
    const auto* window = balancer.if_contains("active_window");
    if (domain::read_bool(balancer, "stopped")) {
      facts.balancer = "stopped";
    } else if (window && window->is_object()) {
      facts.balancer = "runs " + domain::read_string(window->get_object(), "start") + " to " +
                       domain::read_string(window->get_object(), "stop");
    } else {
      facts.balancer = "running at any time";
    }
  }
  if (const auto* list = o.if_contains("collections"); list && list->is_array()) {
    for (const auto& item : list->get_array()) {
      if (!item.is_object()) continue;
      const auto& c = item.get_object();
      CollectionPlacement placement{domain::read_string(c, "collection"),
                                    domain::read_bool(c, "sharded"),
                                    domain::read_string(c, "shard"),
                                    domain::read_int(c, "chunks").value_or(0),
                                    {}};
      if (const auto* shards = c.if_contains("chunks_per_shard"); shards && shards->is_object()) {
        placement.chunks_per_shard = shard_counts(shards->get_object());
      }
      facts.collections.push_back(std::move(placement));
    }
  }
  return facts;
}

std::optional<DocumentLocation> decode_location(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  DocumentLocation where;
  if (const auto* sharded = o.if_contains("sharded"); sharded && sharded->is_bool()) {
    where.sharded = sharded->get_bool();
  }
  where.shard = domain::read_string(o, "shard");
  where.note = domain::read_string(o, "note");
  if (const auto* chunk = o.if_contains("chunk"); chunk && chunk->is_object()) {
    const auto& c = chunk->get_object();
    if (const auto* min = c.if_contains("min")) where.chunk_min = boost::json::serialize(*min);
    if (const auto* max = c.if_contains("max")) where.chunk_max = boost::json::serialize(*max);
  }
  if (const auto* credits = o.if_contains("credits"); credits && credits->is_object()) {
    where.credits_shard = domain::read_string(credits->get_object(), "shard");
  }
  return where;
}

std::optional<ClusterFacts> decode_cluster(std::string_view body, std::string* error) {
  auto value = parse_object(body, error);
  if (!value) return std::nullopt;
  const auto& o = value->get_object();
  ClusterFacts facts;
  facts.adapter = domain::read_string(o, "adapter");
  facts.server_version = domain::read_string(o, "server_version");
  facts.path = domain::read_string(o, "path");
  for (const auto& [key, v] : o) {
    if (key == "adapter" || key == "server_version" || key == "path") continue;
    if (key == "collections" && v.is_object()) {
      for (const auto& [name, count] : v.get_object()) {
        facts.collections.emplace_back(std::string(name), count.is_int64()    ? count.get_int64()
                                                          : count.is_uint64() ? static_cast<std::int64_t>(count.get_uint64())
                                                                              : 0);
      }
    } else if (key == "collections" && v.is_array()) {
      for (const auto& item : v.get_array()) {
        if (item.is_object()) facts.rows.emplace_back("collections", object_text(item.get_object()));
      }
    } else if (key == "per_shard_counts" && v.is_object()) {
      for (const auto& [name, shards] : v.get_object()) {
        if (shards.is_object())
          facts.documents_per_shard.emplace_back(std::string(name),
                                                 shard_counts(shards.get_object()));
      }
    } else if (key == "notes" && v.is_array()) {
      for (const auto& note : v.get_array()) facts.notes.push_back(scalar_text(note));
    } else if (key == "unavailable" && v.is_array()) {
      for (const auto& item : v.get_array()) {
        if (item.is_object()) {
          const auto& u = item.get_object();
          const auto* failed = u.if_contains("failed");
          facts.unavailable.push_back(
              {domain::read_string(u, "what") + ": " + domain::read_string(u, "reason"),
               !failed || !failed->is_bool() || failed->get_bool()});
        } else {
          facts.unavailable.push_back({scalar_text(item)});
        }
      }
    } else if (v.is_array()) {
      for (const auto& item : v.get_array()) {
        facts.rows.emplace_back(std::string(key), item.is_object() ? object_text(item.get_object())
                                                                   : scalar_text(item));
      }
    } else if (v.is_object()) {
      facts.rows.emplace_back(std::string(key), object_text(v.get_object()));
    } else {
      facts.rows.emplace_back(std::string(key), scalar_text(v));
    }
  }
  return facts;
}

}  // namespace moviedb::client::net
