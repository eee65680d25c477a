#pragma once
// The one validation of a credit, whichever road it comes by (the admin form's
// `credits`, a JSON or NDJSON import, netflix credits.csv, vega's director).
// Problems become FieldErrors named with `field` (e.g. "credits[2]") so a
// message points at the bad item.
#include <boost/json/fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"
#include "domain/people.hpp"

namespace moviedb::domain {

// Limits in characters (code points), as the OpenAPI schema counts them.
inline constexpr std::size_t kMaxCreditName = 200;
inline constexpr std::size_t kMaxCreditCharacter = 1000;
inline constexpr std::size_t kMaxCreditRole = 32;
inline constexpr std::size_t kMaxCredits = 5000;  // per title

// Trims and checks the text fields; an empty person_id becomes
// person_id_for(name), so the same person entered twice is one person.
Credit checked_credit(Credit credit, std::vector<FieldError>& errors, std::string_view field);

// One item of a title's "credits": {person_id?, name, character?, role}.
// `movie_id` (optional in the item) must match the enclosing title's id.
Credit credit_from_json(const boost::json::value& item, const std::string& movie_id,
                        std::vector<FieldError>& errors, std::string_view field);

// A title's "credits" member: an array of at most kMaxCredits such items.
std::vector<Credit> credits_from_json(const boost::json::value& credits,
                                      const std::string& movie_id, std::vector<FieldError>& errors);

}  // namespace moviedb::domain
