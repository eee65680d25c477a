#pragma once
// Admin: the audit log, newest first, filtered by actor, action, collection
// and time (from/to: ISO 8601 dates or date-times; applied with Enter or
// Apply).
//
// Bridge items: audit.actor, audit.action, audit.collection, audit.since,
// audit.until, audit.apply, audit.refresh. Texts: audit.status, audit.total, audit.row.<i>
// ("actor action collection ids").
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class AdminAuditView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  std::string actor_;
  std::string action_;
  std::string collection_;
  std::string since_;
  std::string until_;
};

}  // namespace moviedb::client::views
