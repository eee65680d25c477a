#include "views/catalog_view.hpp"

#include <imgui.h>

#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/movie_table.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

void CatalogView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& catalog = state.catalog;
  ctx.text("catalog.status", to_string(catalog.load.phase));
  ctx.text("catalog.exclude", catalog.exclude_interacted ? "true" : "false");
  std::string ids;
  for (const auto& m : catalog.items) ids += (ids.empty() ? "" : ",") + m.id;
  ctx.text("catalog.ids", ids);
  ctx.text("catalog.count", std::to_string(catalog.items.size()));

  widgets::heading_with_note("Top 100", "the highest-rated titles by IMDb score", ctx);
  if (catalog.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }

  bool exclude = catalog.exclude_interacted;
  const char* label = ctx.compact() ? "Hide titles I've seen###catalog.exclude"
                                    : "Hide titles I've rated, watched or opened###catalog.exclude";
  if (ImGui::Checkbox(label, &exclude)) ctx.actions.emplace_back(SetCatalogFilter{exclude});
  ctx.track(label);
  if (!state.session.signed_in()) widgets::item_tooltip("Needs an account");
  widgets::flow(widgets::button_width("Refresh"));
  if (widgets::button("Refresh###catalog.refresh", ctx, widgets::Tone::secondary,
                      !catalog.load.loading())) {
    ctx.actions.emplace_back(Reload{});
  }
  widgets::gap(ctx, 2);

  if (catalog.load.phase == LoadPhase::failed) {
    if (widgets::error_panel(catalog.load.error, "Retry###catalog.retry", ctx)) {
      ctx.actions.emplace_back(Reload{});
    }
    if (catalog.items.empty()) return;
  }
  if (catalog.load.phase == LoadPhase::ready && catalog.items.empty()) {
    widgets::empty_state("Nothing left to discover here.",
                         "You have interacted with every title in the top 100.");
    return;
  }
  if (catalog.items.empty()) return;

  MovieTableOptions options;
  options.rank = true;
  movie_table(
      "catalog", static_cast<std::int64_t>(catalog.items.size()),
      [&catalog](std::int64_t i) { return &catalog.items[static_cast<std::size_t>(i)]; }, options,
      ctx);
}

std::unique_ptr<View> make_catalog_view() {
  return std::make_unique<CatalogView>();
}

}  // namespace moviedb::client::views
