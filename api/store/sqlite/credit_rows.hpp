#pragma once
// A title's credits: rows of `credits` clustered by title (schema 4), and a
// copy of them as the page's JSON text in the title's row (schema 5,
// `movies.credits_json`). A movie page reads that copy with the row instead of
// descending the credits B-tree and writing them out: about 34,000 → 44,000
// req/s at 1M titles (bench/RESULTS.md). Every write of a title's credits goes
// through this file, which writes the copy again or hands it to the new
// title's row (deleting a title takes its row and the copy with it).
#include <string>
#include <string_view>
#include <vector>

#include "domain/people.hpp"
#include "store/sqlite/connection.hpp"

namespace moviedb::store::sqlite {

// Directors first, then in the order they were credited.
std::vector<domain::Credit> credits_in(Connection& db, const std::string& movie_id);

// Stores the credit and its person unless present; true when the credit is
// new. It goes after the title's other credits. The caller writes the copy.
bool insert_credit(Connection& db, const domain::Credit& credit);

// The copy a title without credits holds.
std::string_view no_credits_copy();
// Sets a title's credits, in place of any it had, and returns the copy its row
// is to hold, so that an imported title's row is written once, with it.
std::string replace_credit_rows(Connection& db, const std::string& movie_id,
                                const std::vector<domain::Credit>& credits);
// Sets a title's credits, in place of any it had, and its copy.
void write_credits(Connection& db, const std::string& movie_id,
                   const std::vector<domain::Credit>& credits);

// Writes the title's copy from its rows.
void copy_credits_to_title(Connection& db, const std::string& movie_id);
// Writes every credited title's copy (the upgrade to schema 5).
void copy_every_title_credits(Connection& db);

}  // namespace moviedb::store::sqlite
