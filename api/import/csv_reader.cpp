#include "import/csv_reader.hpp"

namespace moviedb::importer {

CsvReader::CsvReader(ByteSource& source, std::size_t max_record_bytes)
    : input_(source), max_record_bytes_(max_record_bytes) {}

bool CsvReader::next(CsvRecord& record) {
  if (!started_) {
    input_.skip_bom();
    started_ = true;
  }
  for (;;) {
    record.fields.assign(1, std::string());
    record.error.clear();
    record.line = line_;
    State state = State::field_start;
    std::size_t bytes = 0;
    bool too_large = false;
    bool too_many = false;  // fields beyond kMaxFields
    bool ended = false;  // a line break (or the end of input) closed the record
    bool any = false;    // the record has at least one byte
    while (!ended) {
      const auto chunk = input_.available();
      if (chunk.empty()) {
        if (input_.refill()) continue;
        if (!any) return false;
        if (state == State::quoted) record.error = "a quoted field is not closed";
        break;
      }
      std::size_t i = 0;
      if (skip_lf_) {
        skip_lf_ = false;
        if (chunk[0] == '\n') {
          input_.consume(1);
          continue;
        }
      }
      for (; i < chunk.size() && !ended; ++i) {
        const char c = chunk[i];
        any = true;
        auto& field = record.fields.back();
        const bool line_break = c == '\n' || c == '\r';
        if (line_break && state == State::quoted) {
          // A line break inside quotes is data; count lines for messages.
          if (c == '\n') ++line_;
          if (++bytes > max_record_bytes_) too_large = true;
          if (!too_large) field.push_back(c);
          continue;
        }
        if (line_break) {
          ++line_;
          skip_lf_ = c == '\r';
          ended = true;
          continue;
        }
        if (state == State::quoted) {
          if (c == '"') {
            state = State::quote_in_quoted;
            continue;
          }
        } else if (c == ',') {
          // Separators count toward the record's size and fields are capped:
          // a header of a million commas would otherwise be a million strings.
          if (++bytes > max_record_bytes_) too_large = true;
          if (record.fields.size() >= kMaxFields) too_many = true;
          if (!too_large && !too_many) record.fields.emplace_back();
          state = State::field_start;
          continue;
        } else if (c == '"' && state == State::field_start) {
          state = State::quoted;
          continue;
        } else if (state == State::quote_in_quoted) {
          // '""' is a quote; anything else after a closing quote is kept as text.
          state = c == '"' ? State::quoted : State::unquoted;
        } else {
          state = State::unquoted;
        }
        if (++bytes > max_record_bytes_) too_large = true;
        if (!too_large) field.push_back(c);
      }
      input_.consume(i);
      // "\r" at the very end of a chunk: the LF, if any, is in the next one.
      if (skip_lf_ && ended && i < chunk.size()) {
        skip_lf_ = false;
        if (chunk[i] == '\n') input_.consume(1);
      }
    }
    if (too_large) {
      record.fields.clear();
      record.error = "record is larger than " + std::to_string(max_record_bytes_) + " bytes";
    } else if (too_many) {
      record.fields.clear();
      record.error = "record has more than " + std::to_string(kMaxFields) + " fields";
    }
    const bool blank = record.fields.size() == 1 && record.fields[0].empty() &&
                       record.error.empty() && state == State::field_start;
    if (!blank) return true;
    if (!ended) return false;
  }
}

}  // namespace moviedb::importer
