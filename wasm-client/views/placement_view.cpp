// Admin: the Placement screen (state/placement.hpp). Where each collection's
// data lives — on one shard, or sharded with its chunks per shard as a bar —
// the balancer's schedule, and where one title lives, asked by its id.
//
// Bridge items: placement.refresh, placement.retry, placement.id,
// placement.find (and locate.close). Texts: placement.status,
// placement.note, placement.balancer, placement.<collection> ("all on
// shard-a" / "sharded, 8 chunks"), placement.chunks.<collection> ("shard-a 4
// · shard-b 4"), and the lookup's locate.id, locate.status, locate.text.
#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>
#include <vector>

#include "state/placement.hpp"
#include "views/admin_tabs.hpp"
#include "views/shard_bars.hpp"
#include "views/title_location.hpp"
#include "views/view.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

std::string placement_text(const net::CollectionPlacement& c) {
  if (!c.sharded) return "all on " + (c.shard.empty() ? std::string("one node") : c.shard);
  return "sharded, " + std::to_string(c.chunks) + " chunks";
}

void draw_collections(const net::PlacementFacts& facts, const ViewContext& ctx) {
  const float column = 170.0f * ctx.px();
  if (!facts.balancer.empty()) {
    widgets::muted("Balancer");
    ImGui::SameLine(column);
    ImGui::TextUnformatted(facts.balancer.c_str());
    ctx.text("placement.balancer", facts.balancer);
  }
  std::vector<const net::ShardCounts*> all;
  for (const auto& c : facts.collections) all.push_back(&c.chunks_per_shard);
  const auto order = shard_order(all);
  widgets::gap(ctx, 6);
  widgets::section_label("Collections");
  for (const auto& c : facts.collections) {
    const auto text = placement_text(c);
    ImGui::TextUnformatted(c.collection.c_str());
    ImGui::SameLine(column);
    ImGui::TextUnformatted(text.c_str());
    ctx.text("placement." + c.collection, text);
    if (!c.sharded) continue;
    widgets::muted("  chunks");
    ImGui::SameLine(column);
    ctx.text("placement.chunks." + c.collection, shard_bar(c.chunks_per_shard, order, ctx));
  }
}

class PlacementView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override {
    const auto& placement = state.admin.placement;
    widgets::heading_with_note("Placement", "admin workspace", ctx);
    draw_admin_tabs(state, ctx);
    draw_lookup(state, ctx);
    ctx.text("placement.status", to_string(placement.load.phase));
    if (widgets::button("Refresh###placement.refresh", ctx, widgets::Tone::secondary,
                        !placement.load.loading())) {
      ctx.actions.emplace_back(Reload{});
    }
    if (placement.load.loading()) {
      ImGui::SameLine();
      widgets::spinner(ctx);
    }
    if (placement.load.phase == LoadPhase::failed) {
      if (widgets::error_panel(placement.load.error, "Retry###placement.retry", ctx))
        ctx.actions.emplace_back(Reload{});
      return;
    }
    if (placement.load.phase == LoadPhase::idle) return;
    if (!placement.facts.note.empty()) {
      widgets::muted_wrapped(placement.facts.note);
      ctx.text("placement.note", placement.facts.note);
    }
    draw_collections(placement.facts, ctx);
  }

 private:
  // "Where does this title live?" by id: the answer shows under the field.
  void draw_lookup(const AppState& state, const ViewContext& ctx) {
    ImGui::SetNextItemWidth(220.0f * ctx.px());
    bool find = ImGui::InputTextWithHint("###placement.id", "Title id, e.g. tt0111161", &id_,
                                         ImGuiInputTextFlags_EnterReturnsTrue);
    ctx.track("###placement.id");
    widgets::flow(widgets::button_width("Where does it live?"));
    find |= widgets::button("Where does it live?###placement.find", ctx, widgets::Tone::primary,
                            !id_.empty());
    if (find && !id_.empty()) ctx.actions.emplace_back(locate_title(id_));
    title_location(state, state.admin.placement.locate.id, ctx);
    widgets::gap(ctx, 4);
  }

  std::string id_;
};

}  // namespace

std::unique_ptr<View> make_admin_placement_view() {
  return std::make_unique<PlacementView>();
}

}  // namespace moviedb::client::views
