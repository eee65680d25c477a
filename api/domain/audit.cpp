#include "domain/audit.hpp"

#include <boost/json.hpp>

#include "domain/json_read.hpp"

namespace moviedb::domain {

namespace json = boost::json;

void tag_invoke(const json::value_from_tag&, json::value& out, const AuditEntry& e) {
  out = json::object{{"id", e.id},
                     {"at", e.at},
                     {"actor_id", e.actor_id},
                     {"actor_username", e.actor_username},
                     {"action", e.action},
                     {"collection", e.collection},
                     {"ids", json::value_from(e.ids)},
                     {"summary", e.summary}};
}

AuditEntry tag_invoke(const json::value_to_tag<AuditEntry>&, const json::value& in) {
  const auto& o = in.as_object();
  AuditEntry e;
  e.id = read_int(o, "id").value_or(0);
  e.at = read_string(o, "at");
  e.actor_id = read_string(o, "actor_id");
  e.actor_username = read_string(o, "actor_username");
  e.action = read_string(o, "action");
  e.collection = read_string(o, "collection");
  if (const auto* ids = o.if_contains("ids"); ids && ids->is_array()) {
    for (const auto& id : ids->get_array()) {
      if (id.is_string()) e.ids.emplace_back(id.get_string());
    }
  }
  if (const auto* summary = o.if_contains("summary"); summary && summary->is_object()) {
    e.summary = summary->get_object();
  }
  return e;
}

}  // namespace moviedb::domain
