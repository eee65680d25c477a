#pragma once
// Admin actions on many titles at once: export the table's filtered list as
// a file, and (superadmin) bulk delete by selection or by filter, previewed
// with a dry run and confirmed by typing the count.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/movie_query.hpp"
#include "net/url.hpp"

namespace moviedb::client {

// GET /movies query keys of `query`'s filters (no sort, no paging): what
// export and bulk delete by filter act on. Empty when nothing narrows.
net::Query filter_params(const domain::MovieQuery& query);

struct ExportState {
  bool busy = false;
  std::string format;      // of the running or last export
  std::string file_name;   // the last file saved
  std::int64_t rows = -1;  // rows in the last file (X-Total-Count); -1 before the first
  std::string error;
};
std::string_view export_file_name(std::string_view format);

// GET /admin/movies/export?format=…&<filters and sort>: the table's list.
std::string export_url(const domain::MovieQuery& query, std::string_view format);

enum class BulkPhase { closed, counting, confirming, deleting };
std::string_view to_string(BulkPhase phase);

struct BulkDeleteState {
  BulkPhase phase = BulkPhase::closed;
  bool by_selection = false;
  std::vector<std::string> ids;  // by selection
  net::Query filter;             // by filter: the table's filters when asked
  std::int64_t count = 0;        // what the dry run said would go
  std::string error;             // the server's refusal of the last step
  bool busy() const { return phase == BulkPhase::counting || phase == BulkPhase::deleting; }
};

// POST /admin/movies/bulk-delete body: {ids: […]} or {filter: {key: value or
// [values]}}, with dry_run when previewing.
std::string encode_bulk_delete(const BulkDeleteState& bulk, bool dry_run);

// The typed confirmation: the count itself or "delete N" (any case, outer
// spaces ignored).
bool bulk_delete_confirmed(std::string_view typed, std::int64_t count);

}  // namespace moviedb::client
