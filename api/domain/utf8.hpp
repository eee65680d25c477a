#pragma once
// UTF-8 checks for text that came from outside: what is not valid UTF-8 never
// reaches a JSON answer, a log line or a store query.
#include <cstddef>
#include <string>
#include <string_view>

namespace moviedb::domain {

// Length of the well-formed sequence starting at `at` (< text.size()), or 0
// when there is none (the table of RFC 3629 §4).
std::size_t utf8_sequence_length(std::string_view text, std::size_t at);
// RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF.
bool valid_utf8(std::string_view text);
// Code points in valid UTF-8 (limits such as "at least 8 characters" count these).
std::size_t utf8_length(std::string_view text);
// At most `max_bytes`, cut at a code point boundary.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

}  // namespace moviedb::domain
