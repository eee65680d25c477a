#include "routes/csv_export.hpp"

#include <string_view>

#include "domain/movie_fields.hpp"
#include "json_text/json_text.hpp"

namespace moviedb::routes {

namespace {

// A text cell a spreadsheet would read as a formula gets a leading
// apostrophe (OWASP, "CSV Injection"): an exported title such as
// "=HYPERLINK(...)" must stay text when an admin opens the file.
std::string neutralised(const std::string& text) {
  if (text.empty() || std::string_view("=+-@\t\r").find(text.front()) == std::string_view::npos) {
    return text;
  }
  return "'" + text;
}

std::string quoted(const std::string& raw) {
  const auto text = neutralised(raw);
  if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

struct Cell {
  std::string operator()(const std::string& v) const { return quoted(v); }
  template <class T>
  std::string operator()(const std::optional<T>& v) const {
    return v ? (*this)(*v) : std::string();
  }
  std::string operator()(std::int64_t v) const { return std::to_string(v); }
  std::string operator()(int v) const { return std::to_string(v); }
  std::string operator()(double v) const {
    std::string text;
    json_text::append_json_number(text, v);
    return text;
  }
  std::string operator()(const std::vector<std::string>& v) const {
    std::string joined;
    for (const auto& item : v) joined += (joined.empty() ? "" : "|") + item;
    return quoted(joined);
  }
};

}  // namespace

std::string csv_header() {
  std::string line;
  for (const auto& field : domain::movie_fields()) {
    line += (line.empty() ? "" : ",") + std::string(field.name);
  }
  return line + "\r\n";
}

std::string csv_row(const domain::Movie& movie) {
  std::string line;
  for (const auto& field : domain::movie_fields()) {
    if (!line.empty() || &field != &domain::movie_fields().front()) line += ',';
    line += std::visit([&](auto member) { return Cell{}(movie.*member); }, field.member);
  }
  return line + "\r\n";
}

}  // namespace moviedb::routes
