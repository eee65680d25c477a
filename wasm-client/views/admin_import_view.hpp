#pragma once
// Admin: bulk import. Choose a file (the page's hidden <input type=file>),
// its format, run a dry run (nothing written: inserted/updated/rejected and
// each rejected record's reason), then import; the result keeps the errors.
//
// Bridge items: import.pick, import.format.<json|ndjson|vega>, import.dry_run,
// import.run. Texts: import.phase, import.file, import.format, import.kind
// (dry_run | import), import.inserted, import.updated, import.rejected,
// import.errors (count), import.error.<n> ("#index id: message"), import.message.
#include "views/view.hpp"

namespace moviedb::client::views {

class AdminImportView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
