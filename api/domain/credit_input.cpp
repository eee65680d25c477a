#include "domain/credit_input.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "domain/derived_id.hpp"
#include "domain/movie_input.hpp"
#include "domain/text.hpp"
#include "domain/text_length.hpp"
#include "domain/utf8.hpp"

namespace moviedb::domain {

namespace json = boost::json;

namespace {

bool valid_role(std::string_view role) {
  return !role.empty() && role.size() <= kMaxCreditRole &&
         std::all_of(role.begin(), role.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
         });
}

// Person ids may arrive as numbers (netflix credits.csv has integer ids).
bool read_text(const json::value& value, std::string& out) {
  if (value.is_null()) return true;
  if (value.is_string()) {
    out = value.get_string();
  } else if (value.is_int64()) {
    out = std::to_string(value.get_int64());
  } else if (value.is_uint64()) {
    out = std::to_string(value.get_uint64());
  } else {
    return false;
  }
  return true;
}

}  // namespace

Credit checked_credit(Credit credit, std::vector<FieldError>& errors, std::string_view field) {
  const std::string prefix = field.empty() ? std::string() : std::string(field) + ".";
  auto fail = [&](std::string_view key, std::string message) {
    errors.push_back({prefix + std::string(key), std::move(message)});
  };
  credit.name = trim(credit.name);
  credit.character = trim(credit.character);
  credit.role = ascii_upper(trim(credit.role));
  credit.person_id = trim(credit.person_id);
  if (!valid_utf8(credit.name) || !valid_utf8(credit.character)) {
    fail("name", "must be valid UTF-8");
    return credit;
  }
  if (credit.name.empty()) fail("name", "is required");
  check_length(prefix + "name", credit.name, kMaxCreditName, errors);
  check_length(prefix + "character", credit.character, kMaxCreditCharacter, errors);
  if (!valid_role(credit.role)) {
    fail("role", "must be 1-32 letters, digits or '_' (e.g. ACTOR, DIRECTOR)");
  }
  if (credit.person_id.empty() && !credit.name.empty()) {
    credit.person_id = person_id_for(credit.name);
  }
  if (credit.person_id.empty()) {
    fail("person_id", "is required");
  } else if (!valid_id(credit.person_id)) {
    fail("person_id", "must be 1-64 characters of letters, digits, '-', '_', '.', ':'");
  }
  return credit;
}

Credit credit_from_json(const json::value& item, const std::string& movie_id,
                        std::vector<FieldError>& errors, std::string_view field) {
  const std::string name(field);
  if (!item.is_object()) {
    errors.push_back({name, "must be an object {person_id, name, character, role}"});
    return {};
  }
  Credit credit;
  credit.movie_id = movie_id;
  for (const auto& [key, value] : item.get_object()) {
    std::string* target = key == "person_id"   ? &credit.person_id
                          : key == "name"      ? &credit.name
                          : key == "character" ? &credit.character
                          : key == "role"      ? &credit.role
                                               : nullptr;
    if (key == "movie_id") {
      // Empty says nothing, like an absent one (a form's blank field).
      if (!value.is_string() || (!value.get_string().empty() && value.get_string() != movie_id)) {
        errors.push_back({name + ".movie_id", "must be the movie's id"});
      }
    } else if (key == "movie_title" || key == "release_year") {
      // Filmography decorations in exported documents: derived, not data.
    } else if (!target) {
      errors.push_back({name + "." + std::string(key), "unknown field"});
    } else if (!read_text(value, *target)) {
      errors.push_back({name + "." + std::string(key), "must be a string"});
    }
  }
  return checked_credit(std::move(credit), errors, field);
}

std::vector<Credit> credits_from_json(const json::value& credits, const std::string& movie_id,
                                      std::vector<FieldError>& errors) {
  if (!credits.is_array()) {
    errors.push_back({"credits", "must be an array of {person_id, name, character, role}"});
    return {};
  }
  const auto& items = credits.get_array();
  if (items.size() > kMaxCredits) {
    errors.push_back({"credits", "must have at most " + std::to_string(kMaxCredits) + " items"});
    return {};
  }
  std::vector<Credit> result;
  result.reserve(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    result.push_back(
        credit_from_json(items[i], movie_id, errors, "credits[" + std::to_string(i) + "]"));
  }
  return result;
}

}  // namespace moviedb::domain
