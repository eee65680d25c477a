#include "import/credit_input.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "domain/movie_input.hpp"
#include "domain/text.hpp"
#include "import/record_text.hpp"

namespace moviedb::importer {

namespace json = boost::json;

namespace {

constexpr std::size_t kMaxName = 300;
constexpr std::size_t kMaxCharacter = 1000;
constexpr std::size_t kMaxRole = 32;

bool valid_role(std::string_view role) {
  return !role.empty() && role.size() <= kMaxRole &&
         std::all_of(role.begin(), role.end(), [](char c) {
           return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
         });
}

// Person ids may arrive as numbers (netflix credits.csv has integer ids).
bool read_text(const json::value& value, std::string& out) {
  if (value.is_null()) return true;
  if (value.is_string()) {
    out = value.get_string();
  } else if (value.is_int64() || value.is_uint64()) {
    out = json::serialize(value);
  } else {
    return false;
  }
  return true;
}

}  // namespace

domain::Credit checked_credit(domain::Credit credit, std::vector<domain::FieldError>& errors,
                              std::string_view field) {
  const std::string prefix = field.empty() ? std::string() : std::string(field) + ".";
  auto fail = [&](std::string_view key, std::string message) {
    errors.push_back({prefix + std::string(key), std::move(message)});
  };
  credit.name = domain::trim(credit.name);
  credit.character = domain::trim(credit.character);
  credit.role = domain::ascii_upper(domain::trim(credit.role));
  credit.person_id = domain::trim(credit.person_id);
  if (credit.name.empty()) fail("name", "is required");
  if (credit.name.size() > kMaxName) fail("name", "must be at most 300 bytes");
  if (credit.character.size() > kMaxCharacter) fail("character", "must be at most 1000 bytes");
  if (!valid_utf8(credit.name) || !valid_utf8(credit.character)) {
    fail("name", "must be valid UTF-8");
  }
  if (!valid_role(credit.role)) {
    fail("role", "must be 1-32 letters, digits or '_' (e.g. ACTOR, DIRECTOR)");
  }
  if (credit.person_id.empty() && !credit.name.empty()) {
    credit.person_id = derived_id("", credit.name, std::nullopt);
  }
  if (credit.person_id.empty()) {
    fail("person_id", "is required");
  } else if (!domain::valid_id(credit.person_id)) {
    fail("person_id", "must be 1-64 characters of letters, digits, '-', '_', '.', ':'");
  }
  return credit;
}

domain::Credit credit_from_json(const json::value& item, const std::string& movie_id,
                                std::vector<domain::FieldError>& errors, std::string_view field) {
  const std::string name(field);
  if (!item.is_object()) {
    errors.push_back({name, "must be an object {person_id, name, character, role}"});
    return {};
  }
  domain::Credit credit;
  credit.movie_id = movie_id;
  for (const auto& [key, value] : item.get_object()) {
    std::string* target = key == "person_id"   ? &credit.person_id
                          : key == "name"      ? &credit.name
                          : key == "character" ? &credit.character
                          : key == "role"      ? &credit.role
                                               : nullptr;
    if (key == "movie_id") {
      if (!value.is_string() || value.get_string() != movie_id) {
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

}  // namespace moviedb::importer
