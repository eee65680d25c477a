#include "store/mongo/documents.hpp"

#include <boost/json.hpp>
#include <algorithm>
#include <cctype>
#include <ctime>
#include <set>

#include "domain/movie_fields.hpp"
#include "domain/text.hpp"

namespace moviedb::store::mongo {

namespace json = boost::json;
using domain::Movie;

namespace {

bool utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string db_key(std::string_view field) { return field == "id" ? "_id" : std::string(field); }

struct Writer {
  Doc& doc;
  std::string key;
  void operator()(const std::string& v) { doc.str(key, v); }
  void operator()(const std::optional<int>& v) { doc.opt(key, v); }
  void operator()(const std::optional<std::int64_t>& v) { doc.opt(key, v); }
  void operator()(const std::optional<double>& v) { doc.opt(key, v); }
  void operator()(const std::vector<std::string>& v) { doc.strings(key, v); }
  void operator()(std::int64_t v) { doc.i64(key, v); }
};

struct Reader {
  View doc;
  std::string key;
  void operator()(std::string& v) const { v = doc.str(key); }
  void operator()(std::optional<int>& v) const {
    if (auto n = doc.opt_i64(key)) v = static_cast<int>(*n);
  }
  void operator()(std::optional<std::int64_t>& v) const { v = doc.opt_i64(key); }
  void operator()(std::optional<double>& v) const { v = doc.opt_dbl(key); }
  void operator()(std::vector<std::string>& v) const { v = doc.strings(key); }
  void operator()(std::int64_t& v) const { v = doc.i64(key); }
};

void append_search_keys(Doc& doc, const std::string& prefix, std::string_view text) {
  auto keys = search_keys(text);
  doc.strings(prefix + "_words", keys.words).strings(prefix + "_prefixes", keys.prefixes);
}

}  // namespace

SearchKeys search_keys(std::string_view text) {
  SearchKeys keys;
  std::set<std::string> words, prefixes;
  for (auto& word : domain::search_words(text)) {
    for (std::size_t end = 1; end <= std::min(word.size(), kMaxPrefixBytes); ++end) {
      if (end < word.size() && utf8_continuation(word[end])) continue;  // mid-character
      prefixes.insert(word.substr(0, end));
    }
    words.insert(std::move(word));
  }
  keys.words.assign(words.begin(), words.end());
  keys.prefixes.assign(prefixes.begin(), prefixes.end());
  return keys;
}

std::string indexed_prefix(const std::string& word) {
  if (word.size() <= kMaxPrefixBytes) return word;
  std::size_t end = kMaxPrefixBytes;
  while (end > 0 && utf8_continuation(word[end])) --end;
  return word.substr(0, end);
}

Doc movie_editable(const Movie& movie, const std::string& now) {
  Doc doc;
  for (const auto& field : domain::movie_fields()) {
    if (!field.writable || field.name == "id") continue;
    std::visit([&](auto member) { Writer{doc, std::string(field.name)}(movie.*member); },
               field.member);
  }
  doc.str("title_key", domain::ascii_lower(movie.title));
  append_search_keys(doc, "title", movie.title);
  doc.str("updated_at", now);
  return doc;
}

Doc movie_document(const Movie& movie, const std::string& now, std::int64_t seq) {
  Doc doc;
  doc.str("_id", movie.id);
  for (const auto& field : domain::movie_fields()) {
    if (!field.writable || field.name == "id") continue;
    std::visit([&](auto member) { Writer{doc, std::string(field.name)}(movie.*member); },
               field.member);
  }
  doc.str("title_key", domain::ascii_lower(movie.title));
  append_search_keys(doc, "title", movie.title);
  doc.i64("likes", 0).i64("dislikes", 0).i64("watched", 0).i64("views", 0);
  doc.str("created_at", now).str("updated_at", now).i64("version", 1).i64("seq", seq);
  return doc;
}

Movie read_movie(View doc) {
  Movie movie;
  for (const auto& field : domain::movie_fields()) {
    std::visit([&](auto member) { Reader{doc, db_key(field.name)}(movie.*member); },
               field.member);
  }
  return movie;
}

std::string movie_sort_key(const std::string& field) {
  if (field == "title") return "title_key";
  return db_key(field);
}

bool movie_field_nullable(const std::string& field) {
  const auto* described = domain::find_movie_field(field);
  if (!described) return false;
  return !std::holds_alternative<std::string Movie::*>(described->member) &&
         !std::holds_alternative<std::int64_t Movie::*>(described->member) &&
         !std::holds_alternative<std::vector<std::string> Movie::*>(described->member);
}

namespace {

void append_part(std::string& out, const std::string& part) {
  out += std::to_string(part.size());
  out += ':';
  out += part;
}

}  // namespace

std::string credit_id(const domain::Credit& c) {
  std::string id;
  for (const auto* part : {&c.movie_id, &c.person_id, &c.role, &c.character}) append_part(id, *part);
  return id;
}

std::string interaction_id(const std::string& user_id, const std::string& movie_id) {
  std::string id;
  append_part(id, user_id);
  append_part(id, movie_id);
  return id;
}

Doc person_update(const domain::Credit& credit, std::int64_t seq) {
  Doc set;
  set.str("name", credit.name).str("name_key", domain::ascii_lower(credit.name));
  append_search_keys(set, "name", credit.name);
  Doc update;
  update.doc("$set", set).doc("$setOnInsert", Doc().i64("seq", seq));
  return update;
}

Doc credit_document(const domain::Credit& c, std::int64_t seq) {
  Doc doc;
  doc.str("_id", credit_id(c))
      .str("movie_id", c.movie_id)
      .str("person_id", c.person_id)
      .str("name", c.name)
      .str("character", c.character)
      .str("role", c.role)
      .i32("role_rank", c.role == "DIRECTOR" ? 0 : 1)
      .i64("seq", seq);
  return doc;
}

domain::Credit read_credit(View doc) {
  return {doc.str("movie_id"), doc.str("person_id"), doc.str("name"), doc.str("character"),
          doc.str("role"),     "",                   std::nullopt};
}

Doc user_document(const UserRecord& record) {
  const auto& u = record.user;
  Doc doc;
  doc.str("_id", u.id)
      .str("username", u.username)
      .str("username_key", domain::ascii_lower(u.username))
      .str("display_name", u.display_name)
      .str("display_name_key", domain::ascii_lower(u.display_name))
      .str("password_hash", record.password_hash)
      .str("role", domain::to_string(u.role))
      .boolean("disabled", u.disabled)
      .str("created_at", u.created_at)
      .str("updated_at", u.updated_at.empty() ? u.created_at : u.updated_at);
  return doc;
}

UserRecord read_user(View doc) {
  UserRecord record;
  record.user = {doc.str("_id"),
                 doc.str("username"),
                 doc.str("display_name"),
                 domain::parse_role(doc.str("role")).value_or(domain::Role::user),
                 doc.boolean("disabled"),
                 doc.str("created_at"),
                 doc.str("updated_at")};
  record.password_hash = doc.str("password_hash");
  return record;
}

domain::Interaction read_interaction(View doc) {
  domain::Interaction i;
  i.user_id = doc.str("user_id");
  i.movie_id = doc.str("movie_id");
  i.reaction = domain::parse_reaction(doc.str("reaction"));
  i.watched = doc.boolean("watched");
  i.watched_at = doc.str("watched_at");
  i.views = doc.i64("views");
  i.last_viewed_at = doc.str("last_viewed_at");
  i.created_at = doc.str("created_at");
  i.updated_at = doc.str("updated_at");
  return i;
}

Doc interaction_state(const domain::Interaction& i) {
  Doc doc;
  if (i.reaction) {
    doc.str("reaction", domain::to_string(*i.reaction));
  } else {
    doc.null("reaction");
  }
  doc.boolean("watched", i.watched)
      .str("watched_at", i.watched_at)
      .i64("views", i.views)
      .boolean("viewed", i.views > 0)
      .str("last_viewed_at", i.last_viewed_at)
      .str("updated_at", i.updated_at)
      .str("updated_day", i.updated_at.substr(0, 10));
  return doc;
}

Doc audit_document(const domain::AuditEntry& e, std::int64_t id) {
  Doc doc;
  doc.i64("_id", id)
      .str("at", e.at)
      .str("actor_id", e.actor_id)
      .str("actor_username", e.actor_username)
      .str("action", e.action)
      .str("collection", e.collection)
      .strings("ids", e.ids)
      // JSON text: field names in a summary may hold '.' or '$', which BSON keys must not.
      .str("summary", json::serialize(e.summary));
  return doc;
}

domain::AuditEntry read_audit(View doc) {
  domain::AuditEntry e{doc.i64("_id"),        doc.str("at"),     doc.str("actor_id"),
                       doc.str("actor_username"), doc.str("action"), doc.str("collection"),
                       doc.strings("ids"),    {}};
  boost::system::error_code ec;
  auto summary = json::parse(doc.str("summary"), ec);
  if (!ec && summary.is_object()) e.summary = summary.get_object();
  return e;
}

std::optional<std::int64_t> parse_iso_ms(const std::string& text) {
  std::tm tm{};
  int millis = 0;
  char zone = 0;
  const int fields = std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3d%c", &tm.tm_year,
                                 &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min, &tm.tm_sec,
                                 &millis, &zone);
  if (fields < 6) return std::nullopt;
  tm.tm_year -= 1900;
  tm.tm_mon -= 1;
  const std::time_t seconds = timegm(&tm);
  if (seconds == static_cast<std::time_t>(-1)) return std::nullopt;
  return static_cast<std::int64_t>(seconds) * 1000 + (fields >= 7 ? millis : 0);
}

std::string literal_prefix_regex(std::string_view text) {
  std::string out = "^";
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x80 && !std::isalnum(byte)) out.push_back('\\');
    if (byte < 0x20) {  // control characters: spell them as hex escapes
      static constexpr char kHex[] = "0123456789abcdef";
      out.back() = '\\';
      out += 'x';
      out += kHex[byte >> 4];
      out += kHex[byte & 15];
      continue;
    }
    out.push_back(c);
  }
  return out;
}

json::value json_of(View doc) {
  boost::system::error_code ec;
  auto parsed = json::parse(doc.json(), ec);
  return ec ? json::value(nullptr) : parsed;
}

}  // namespace moviedb::store::mongo
