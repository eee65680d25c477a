#include "json_text/movie_json.hpp"

#include "domain/movie_fields.hpp"
#include "json_text/json_text.hpp"

namespace moviedb::json_text {

namespace {

void append_value(std::string& out, const std::string& value) {
  append_json_string(out, value);
}
void append_value(std::string& out, std::int64_t value) {
  append_json_number(out, value);
}
void append_value(std::string& out, int value) {
  append_json_number(out, static_cast<std::int64_t>(value));
}
void append_value(std::string& out, double value) {
  append_json_number(out, value);
}
void append_value(std::string& out, bool value) {
  out += value ? "true" : "false";
}

template <class T>
void append_value(std::string& out, const std::optional<T>& value) {
  if (value) {
    append_value(out, *value);
  } else {
    out += "null";
  }
}

void append_value(std::string& out, const domain::Credit& credit);
void append_value(std::string& out, const domain::Movie& movie);

template <class T>
void append_value(std::string& out, const std::vector<T>& values) {
  out.push_back('[');
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) out.push_back(',');
    append_value(out, values[i]);
  }
  out.push_back(']');
}

// One JSON object, opened by its first member and closed by close().
class Members {
 public:
  explicit Members(std::string& out) : out_(out) {}
  void name(std::string_view key) {
    out_.push_back(separator_);
    separator_ = ',';
    append_json_string(out_, key);
    out_.push_back(':');
  }
  template <class T>
  void operator()(std::string_view key, const T& value) {
    name(key);
    append_value(out_, value);
  }
  void close() {
    if (separator_ == '{') out_.push_back('{');
    out_.push_back('}');
  }

 private:
  std::string& out_;
  char separator_ = '{';
};

void append_value(std::string& out, const domain::Credit& credit) {
  Members members(out);
  domain::for_each_credit_member(credit, members);
  members.close();
}

void append_value(std::string& out, const domain::Movie& movie) {
  Members members(out);
  domain::for_each_movie_member(movie, members);
  members.close();
}

}  // namespace

std::string credits_json(const std::vector<domain::Credit>& credits) {
  std::string out;
  append_value(out, credits);
  return out;
}

std::string movies_page_json(const domain::Page<domain::Movie>& page) {
  std::string out;
  out.reserve(1024 * (page.items.size() + 1));  // a title without credits is under 1 KB
  Members members(out);
  members("items", page.items);
  domain::for_each_page_member(page, members);
  members.close();
  return out;
}

void append_json(std::string& out, const domain::Movie& movie, std::string_view credits_json,
                 const boost::json::object& more) {
  Members members(out);
  domain::for_each_movie_member(movie, members);
  members.name("credits");
  out += credits_json;
  for (const auto& member : more) {
    members.name(member.key());
    append_json(out, member.value());
  }
  members.close();
}

}  // namespace moviedb::json_text
