#pragma once
// The top titles by score, with the option to hide what the caller already
// liked, disliked, watched or viewed (refreshed after each change).
//
// Bridge items: catalog.exclude, catalog.refresh, catalog.retry,
// catalog.row.<i>. Texts: catalog.status, catalog.count, catalog.ids (the
// listed ids, comma-separated), catalog.exclude (true | false).
#include "views/view.hpp"

namespace moviedb::client::views {

class CatalogView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
