#pragma once
// Admin: bulk import. Choose a file (the page's hidden <input type=file>;
// netflix takes titles.csv and credits.csv), its format, run a dry run
// (nothing written: inserted/updated/rejected and each rejected record's
// reason), then import; the result keeps the errors and saves as JSON. While
// a run is under way a sliding bar shows the bytes sent and the time waited
// (the browser's fetch reports no upload progress, so there is no percentage).
//
// Bridge items: import.pick, import.pick_credits (netflix),
// import.format.<json|ndjson|vega|netflix>, import.dry_run, import.run,
// import.save_report. Texts: import.phase, import.file, import.credits_file,
// import.format, import.progress, import.kind (dry_run | import),
// import.inserted, import.updated, import.rejected, import.errors (count),
// import.error.<n> ("#index id: message"), import.message.
#include "views/view.hpp"

namespace moviedb::client::views {

class AdminImportView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
