#pragma once
// Ids derived from names, so the same record entered twice (or by two roads:
// the admin form and an import) is one record.
#include <optional>
#include <string>
#include <string_view>

namespace moviedb::domain {

// A deterministic id from a prefix, a title and a year ("vega-titanic-1997"),
// at most 64 characters (valid_id's limit). Titles without ASCII letters or
// digits get a hash instead of a slug.
std::string derived_id(std::string_view prefix, std::string_view title, std::optional<int> year);

// The one derivation of a person's id from a name ("Ridley Scott" →
// "ridley-scott"), for credits that name no person_id.
std::string person_id_for(std::string_view name);

}  // namespace moviedb::domain
