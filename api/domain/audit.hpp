#pragma once
// One admin write, as the audit log keeps it.
#include <boost/json/fwd.hpp>
#include <boost/json/object.hpp>
#include <cstdint>
#include <string>
#include <vector>

namespace moviedb::domain {

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;
  std::string actor_id;
  std::string actor_username;
  std::string action;      // create, update, delete, import, bulk_delete, …
  std::string collection;  // movies, users, …
  std::vector<std::string> ids;
  boost::json::object summary;  // what changed, e.g. field names or counts
};

void tag_invoke(const boost::json::value_from_tag&, boost::json::value& out, const AuditEntry& e);
AuditEntry tag_invoke(const boost::json::value_to_tag<AuditEntry>&, const boost::json::value& in);

}  // namespace moviedb::domain
