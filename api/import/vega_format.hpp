#pragma once
// vega-datasets' movies.json: {"Title", "US Gross", …, "IMDB Votes"} records
// mapped onto the API's fields, then validated by the domain like any input.
#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"
#include "store/records.hpp"

namespace moviedb::importer {

// Ids are "vega-<slug of title>-<year>"; the director becomes a DIRECTOR credit.
// Errors name vega's keys ("IMDB Rating: must be between 0 and 10").
store::MovieWithCredits vega_record(const boost::json::object& record,
                                    std::vector<domain::FieldError>& errors);

// "Jun 12 1998" → "1998-06-12"; ISO dates pass through; nullopt otherwise.
std::optional<std::string> vega_date(std::string_view text);

// True when the first record of a JSON array looks like vega's ("Title" key).
bool looks_like_vega(const boost::json::object& first_record);

}  // namespace moviedb::importer
