#pragma once
// "My lists": the titles the caller liked, disliked or watched, each with an
// Undo that takes it off the list (put back if the server refuses).
//
// Bridge items: lists.liked, lists.disliked, lists.watched (the tabs),
// lists.row.<i> (opens the title), lists.undo.<movie_id>, lists.more,
// lists.retry. Texts: lists.tab, lists.status, lists.ids (the shown tab's
// movie ids, comma-separated), lists.count (its total), lists.row.<i>.
#include "views/view.hpp"

namespace moviedb::client::views {

class ListsView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
