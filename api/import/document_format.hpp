#pragma once
// The API's own movie documents (JSON arrays and NDJSON): exactly what
// POST /movies accepts, plus an optional "credits" array.
#include <boost/json/fwd.hpp>
#include <string>
#include <vector>

#include "domain/field_error.hpp"
#include "store/records.hpp"

namespace moviedb::importer {

// A document without an id gets one derived from its title and year, so a
// second import of the same file updates the same titles.
store::MovieWithCredits document_record(const boost::json::object& document,
                                        std::vector<domain::FieldError>& errors);

// The id a document names ("id" or "_id"), for error messages; empty if none.
std::string document_id(const boost::json::object& document);

}  // namespace moviedb::importer
