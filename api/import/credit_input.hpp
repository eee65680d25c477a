#pragma once
// Validation of the credits an import brings (the domain layer has none yet:
// credits only arrive through imports). Problems become FieldErrors named
// with `field` (e.g. "credits[2]") so a message points at the bad item.
#include <boost/json/fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"
#include "domain/people.hpp"

namespace moviedb::importer {

// Trims and checks the text fields; an empty person_id becomes a slug of the
// name, so the same person imported twice is one person.
domain::Credit checked_credit(domain::Credit credit, std::vector<domain::FieldError>& errors,
                              std::string_view field);

// One item of a document's "credits": {person_id?, name, character?, role}.
// `movie_id` (optional in the item) must match the document's id.
domain::Credit credit_from_json(const boost::json::value& item, const std::string& movie_id,
                                std::vector<domain::FieldError>& errors, std::string_view field);

}  // namespace moviedb::importer
