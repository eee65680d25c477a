#include "import/json_array_splitter.hpp"

#include "import/import_report.hpp"

namespace moviedb::importer {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

constexpr const char* kNotClosed = "unexpected end of input: the array is not closed";

}  // namespace

JsonArraySplitter::JsonArraySplitter(ByteSource& source, std::size_t max_element_bytes)
    : input_(source), max_element_bytes_(max_element_bytes) {}

void JsonArraySplitter::open_array() {
  input_.skip_bom();
  for (;;) {
    const auto chunk = input_.available();
    std::size_t i = 0;
    while (i < chunk.size() && is_space(chunk[i])) ++i;
    input_.consume(i);
    if (i < chunk.size()) {
      if (chunk[i] != '[') throw ImportFailed("expected a JSON array ('[' … ']')");
      input_.consume(1);
      state_ = State::first;
      return;
    }
    if (!input_.refill()) throw ImportFailed("the input is empty; expected a JSON array");
  }
}

bool JsonArraySplitter::next(JsonElement& element) {
  if (state_ == State::start) open_array();
  element.index = next_index_;
  element.text.clear();
  element.error.clear();
  switch (state_) {
    case State::first:
    case State::element:
      return scan_element(element);
    case State::closed:
      return check_trailing(element);
    default:
      return false;
  }
}

void JsonArraySplitter::append(std::string& text, std::string_view run) {
  if (too_large_) return;
  if (text.size() + run.size() > max_element_bytes_) {
    too_large_ = true;
    std::string().swap(text);  // give the memory back while skipping the rest
    return;
  }
  text.append(run);
}

bool JsonArraySplitter::scan_element(JsonElement& element) {
  bool started = false;  // past the whitespace before the element
  bool in_string = false;
  bool escaped = false;
  int depth = 0;
  too_large_ = false;
  for (;;) {
    const auto chunk = input_.available();
    if (chunk.empty()) {
      if (input_.refill()) continue;
      // The source ended inside the array: the file was cut short.
      state_ = State::done;
      element.error = kNotClosed;
      ++next_index_;
      return true;
    }
    std::size_t i = 0;
    if (!started) {
      while (i < chunk.size() && is_space(chunk[i])) ++i;
      if (i == chunk.size()) {
        input_.consume(i);
        continue;
      }
      if (state_ == State::first && chunk[i] == ']') {  // "[]"
        input_.consume(i + 1);
        state_ = State::closed;
        return check_trailing(element);
      }
      started = true;
    }
    const std::size_t run_start = i;
    for (; i < chunk.size(); ++i) {
      const char c = chunk[i];
      if (in_string) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          in_string = false;
        }
        continue;
      }
      if (c == '"') {
        in_string = true;
      } else if (c == '{' || c == '[') {
        ++depth;
      } else if ((c == '}' || c == ']') && depth > 0) {
        --depth;
      } else if ((c == ',' || c == ']') && depth == 0) {
        append(element.text, chunk.substr(run_start, i - run_start));
        input_.consume(i + 1);
        state_ = c == ',' ? State::element : State::closed;
        ++next_index_;
        if (too_large_) {
          element.error = "record is larger than " + std::to_string(max_element_bytes_) + " bytes";
        } else if (element.text.empty()) {
          element.error = "expected a value between the commas";
        }
        return true;
      }
    }
    append(element.text, chunk.substr(run_start));
    input_.consume(chunk.size());
  }
}

bool JsonArraySplitter::check_trailing(JsonElement& element) {
  for (;;) {
    const auto chunk = input_.available();
    std::size_t i = 0;
    while (i < chunk.size() && is_space(chunk[i])) ++i;
    input_.consume(i);
    if (i < chunk.size()) {
      // Reported like a record so the caller sees it without losing the import.
      state_ = State::done;
      element.index = next_index_++;
      element.error = "unexpected text after the array's closing ']'";
      return true;
    }
    if (!input_.refill()) {
      state_ = State::done;
      return false;
    }
  }
}

}  // namespace moviedb::importer
