#pragma once
// Admin: every user's interactions, newest first, filtered by user (name or
// id), title id, kind and time (from/to: ISO 8601), paged by the server.
//
// Bridge items: activity.user, activity.movie, activity.kind.<any|like|
// dislike|watched|viewed>, activity.since, activity.until, activity.apply,
// activity.prev, activity.next. Texts: activity.status, activity.total,
// activity.page, activity.row.<i> ("username title summary").
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class AdminActivityView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  void draw_filters(const AppState& state, const ViewContext& ctx);
  void draw_table(const AppState& state, const ViewContext& ctx);

  ActivityFilter edits_;  // as typed; applied with Enter, Apply or a kind
};

}  // namespace moviedb::client::views
