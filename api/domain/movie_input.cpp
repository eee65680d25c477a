#include "domain/movie_input.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>

#include "domain/movie_fields.hpp"
#include "domain/text.hpp"
#include "domain/text_length.hpp"

namespace moviedb::domain {

namespace json = boost::json;

namespace {

struct Reader {
  const MovieField& field;
  std::vector<FieldError>& errors;

  void fail(std::string message) const {
    errors.push_back({std::string(field.name), std::move(message)});
  }

  std::optional<double> number(const json::value& v) const {
    if (v.is_int64()) return static_cast<double>(v.get_int64());
    if (v.is_uint64()) return static_cast<double>(v.get_uint64());
    if (v.is_double() && std::isfinite(v.get_double())) return v.get_double();
    fail("must be a number");
    return std::nullopt;
  }

  bool in_range(double x) const {
    if (x >= field.min && x <= field.max) return true;
    fail("must be between " + format_number(field.min) + " and " + format_number(field.max));
    return false;
  }

  void read(const json::value& v, std::string& out) const {
    if (v.is_null()) {
      out.clear();
    } else if (!v.is_string()) {
      fail("must be a string");
    } else if (longer_than(v.get_string(), field.max_length)) {
      fail(at_most_characters(field.max_length));
    } else {
      out = trim(v.get_string());
    }
  }

  template <class T>
  void read(const json::value& v, std::optional<T>& out) const {
    if (v.is_null()) {
      out.reset();
      return;
    }
    const auto x = number(v);
    if (!x || !in_range(*x)) return;
    if constexpr (std::is_integral_v<T>) {
      if (std::floor(*x) != *x) return fail("must be a whole number");
    }
    out = static_cast<T>(*x);
  }

  void read(const json::value& v, std::vector<std::string>& out) const {
    if (v.is_null()) {
      out.clear();
      return;
    }
    if (!v.is_array()) return fail("must be an array of strings");
    if (v.get_array().size() > field.max_length) {
      return fail("must have at most " + std::to_string(field.max_length) + " items");
    }
    std::vector<std::string> items;
    for (const auto& item : v.get_array()) {
      if (!item.is_string() || item.get_string().empty() ||
          longer_than(item.get_string(), kListItemMaxLength)) {
        return fail("items must be non-empty strings of at most " +
                    std::to_string(kListItemMaxLength) + " characters");
      }
      items.push_back(normalise_list_item(field.name, item.get_string()));
    }
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
    out = std::move(items);
  }

  void read(const json::value&, std::int64_t&) const {}  // read-only counters

  static std::string normalise_list_item(std::string_view field, std::string_view item) {
    // Genres compare case-insensitively; countries are ISO codes in upper case.
    return field == "genres" ? ascii_lower(trim(item)) : ascii_upper(trim(item));
  }
};

bool is_extra(const ExtraKeys& extra, std::string_view key) {
  return std::find(extra.begin(), extra.end(), key) != extra.end();
}

void apply(Movie& movie, const json::object& input, std::vector<FieldError>& errors,
           const ExtraKeys& extra, bool allow_id) {
  for (const auto& entry : input) {  // not a structured binding: clang 14 cannot capture one
    const auto key = entry.key();
    const auto& value = entry.value();
    // `_id` names the id only where the caller allows it (imports of MongoDB exports).
    const bool id_alias = key == "_id" && is_extra(extra, "_id");
    const std::string_view name = id_alias ? std::string_view("id") : std::string_view(key);
    if (!id_alias && is_extra(extra, name)) continue;
    const auto* field = find_movie_field(name);
    if (!field) {
      errors.push_back({std::string(key), "unknown field"});
      continue;
    }
    if (!field->writable || (name == "id" && !allow_id)) continue;
    const Reader reader{*field, errors};
    std::visit([&](auto member) { reader.read(value, movie.*member); }, field->member);
  }
}

}  // namespace

bool valid_id(std::string_view id) {
  return !id.empty() && id.size() <= 64 && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' ||
           c == ':';
  });
}

Movie movie_from_input(const json::object& input, std::vector<FieldError>& errors,
                       const ExtraKeys& extra_keys) {
  Movie movie;
  apply(movie, input, errors, extra_keys, true);
  // Absent, an id is made by the server; given, it must be one.
  if (const auto* id = input.if_contains("id"); id && id->is_string() && movie.id.empty()) {
    errors.push_back({"id", "must be 1-64 characters of letters, digits, '-', '_', '.', ':'"});
  }
  check_movie(movie, errors);
  return movie;
}

void apply_movie_patch(Movie& movie, const json::object& patch, std::vector<FieldError>& errors,
                       const ExtraKeys& extra_keys) {
  if (auto it = patch.find("id");
      it != patch.end() && !it->value().is_null() && it->value() != json::value(movie.id)) {
    errors.push_back({"id", "cannot be changed"});
  }
  apply(movie, patch, errors, extra_keys, false);
  check_movie(movie, errors);
}

void check_movie(const Movie& movie, std::vector<FieldError>& errors) {
  if (movie.title.empty()) errors.push_back({"title", "is required"});
  if (movie.type != "MOVIE" && movie.type != "SHOW") {
    errors.push_back({"type", "must be MOVIE or SHOW"});
  }
  if (!movie.id.empty() && !valid_id(movie.id)) {
    errors.push_back({"id", "must be 1-64 characters of letters, digits, '-', '_', '.', ':'"});
  }
}

}  // namespace moviedb::domain
