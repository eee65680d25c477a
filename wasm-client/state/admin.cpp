#include "state/admin.hpp"

#include <boost/json.hpp>
#include <cctype>
#include <cstdlib>

namespace moviedb::client {

namespace {

std::string trim(std::string_view s) {
  std::size_t b = 0;
  std::size_t e = s.size();
  while (b < e && std::isspace(static_cast<unsigned char>(s[b]))) ++b;
  while (e > b && std::isspace(static_cast<unsigned char>(s[e - 1]))) --e;
  return std::string(s.substr(b, e - b));
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& item : items) out += (out.empty() ? "" : ", ") + item;
  return out;
}

boost::json::array split(std::string_view text) {
  boost::json::array out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto comma = text.find(',', start);
    const auto end = comma == std::string_view::npos ? text.size() : comma;
    auto item = trim(text.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    if (comma == std::string_view::npos) break;
    start = comma + 1;
  }
  return out;
}

// A number when the whole text is one; the text itself otherwise (the server
// then names the field); null when empty.
boost::json::value number_or_text(std::string_view raw, bool integer) {
  const std::string text = trim(raw);
  if (text.empty()) return nullptr;
  char* end = nullptr;
  if (integer) {
    const long long v = std::strtoll(text.c_str(), &end, 10);
    if (end && *end == '\0') return static_cast<std::int64_t>(v);
  } else {
    const double v = std::strtod(text.c_str(), &end);
    if (end && *end == '\0') return v;
  }
  return boost::json::string(text);
}

std::string number_text(double v) {
  std::string s = std::to_string(v);
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

// Every row is sent (a blank one too: the server names it, and its index
// matches the row the form shows).
boost::json::array credits_json(const std::vector<CreditRow>& rows) {
  boost::json::array out;
  for (const auto& row : rows) {
    boost::json::object credit{{"name", trim(row.name)}, {"role", trim(row.role)}};
    if (!trim(row.character).empty()) credit["character"] = trim(row.character);
    if (!row.person_id.empty()) credit["person_id"] = row.person_id;
    out.push_back(std::move(credit));
  }
  return out;
}

}  // namespace

bool is_admin(const Session& session) {
  return session.signed_in() && domain::at_least(session.user.role, domain::Role::admin);
}

bool is_superadmin(const Session& session) {
  return session.signed_in() && session.user.role == domain::Role::superadmin;
}

std::string MovieFormState::field_error(std::string_view field) const {
  for (const auto& e : field_errors) {
    if (e.field == field) return e.message;
  }
  return {};
}

MovieFormFields form_fields(const domain::Movie& m, const std::vector<domain::Credit>& credits) {
  MovieFormFields f;
  f.title = m.title;
  f.type = m.type;
  f.description = m.description;
  if (m.release_year) f.release_year = std::to_string(*m.release_year);
  if (m.runtime) f.runtime = std::to_string(*m.runtime);
  f.age_certification = m.age_certification;
  f.genres = join(m.genres);
  f.production_countries = join(m.production_countries);
  if (m.imdb_score) f.imdb_score = number_text(*m.imdb_score);
  for (const auto& c : credits) f.credits.push_back({c.person_id, c.name, c.role, c.character});
  return f;
}

std::string encode_movie_form(const MovieFormFields& f, std::optional<std::int64_t> version,
                              bool with_credits) {
  boost::json::object o;
  o["title"] = trim(f.title);
  o["type"] = trim(f.type);
  o["description"] = f.description;
  o["release_year"] = number_or_text(f.release_year, true);
  o["runtime"] = number_or_text(f.runtime, true);
  o["age_certification"] = trim(f.age_certification);
  o["genres"] = split(f.genres);
  o["production_countries"] = split(f.production_countries);
  o["imdb_score"] = number_or_text(f.imdb_score, false);
  if (version) o["version"] = *version;
  if (with_credits) o["credits"] = credits_json(f.credits);
  return boost::json::serialize(o);
}

std::string encode_user_change(const UserChange& c) {
  boost::json::object o;
  if (c.role) o["role"] = *c.role;
  if (c.disabled) o["disabled"] = *c.disabled;
  if (c.password) o["password"] = *c.password;
  if (c.display_name) o["display_name"] = *c.display_name;
  return boost::json::serialize(o);
}

std::string encode_new_user(std::string_view username, std::string_view password,
                            std::string_view role, std::string_view display_name) {
  boost::json::object o{{"username", username}, {"password", password}, {"role", role}};
  if (!display_name.empty()) o["display_name"] = display_name;
  return boost::json::serialize(o);
}

net::Query audit_params(const AuditFilter& f) {
  net::Query q;
  if (!trim(f.actor).empty()) q.emplace_back("actor", trim(f.actor));
  if (!trim(f.action).empty()) q.emplace_back("action", trim(f.action));
  if (!trim(f.collection).empty()) q.emplace_back("collection", trim(f.collection));
  if (!trim(f.since).empty()) q.emplace_back("since", trim(f.since));
  if (!trim(f.until).empty()) q.emplace_back("until", trim(f.until));
  q.emplace_back("page_size", std::to_string(AuditState::kPageSize));
  return q;
}

net::Query admin_movies_params(const AdminMoviesState& state) {
  return page_query(state.query, state.page, AdminMoviesState::kPageSize);
}

}  // namespace moviedb::client
