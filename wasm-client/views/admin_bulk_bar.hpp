#pragma once
// The movies table's actions on many titles: export the filtered list (JSON
// or CSV download) and, for a superadmin only, bulk delete by selection or by
// filter: a dry run shows the exact count, then the count (or "delete N")
// must be typed before the delete runs.
//
// Bridge items: admin.export.json, admin.export.csv, and for a superadmin
// admin.bulk.selection, admin.bulk.filter, bulk.typed, bulk.confirm,
// bulk.cancel. Texts: export.status (idle | busy | done | failed),
// export.rows, export.file, export.message, bulk.phase, bulk.count,
// bulk.message.
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class AdminBulkBar {
 public:
  void draw(const AppState& state, const ViewContext& ctx);

 private:
  void draw_export(const AppState& state, const ViewContext& ctx);
  void draw_panel(const AppState& state, const ViewContext& ctx);

  std::string typed_;  // the confirmation as typed; cleared for each new count
};

}  // namespace moviedb::client::views
