#include "views/admin_cluster_view.hpp"

#include <imgui.h>

#include <string>
#include <vector>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/shard_bars.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

// Documents of each collection per shard, as bars.
void draw_documents_per_shard(const ClusterInfo& info, const ViewContext& ctx) {
  if (info.documents_per_shard.empty()) return;
  widgets::gap(ctx, 6);
  widgets::section_label("Documents per shard");
  std::vector<const net::ShardCounts*> all;
  for (const auto& [collection, counts] : info.documents_per_shard) all.push_back(&counts);
  const auto order = shard_order(all);
  for (const auto& [collection, counts] : info.documents_per_shard) {
    ImGui::TextUnformatted(collection.c_str());
    ImGui::SameLine(170.0f * ctx.px());
    ctx.text("cluster.documents." + collection, shard_bar(counts, order, ctx));
  }
}

}  // namespace

void AdminClusterView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& cluster = state.admin.cluster;
  const float px = ctx.px();
  widgets::heading_with_note("Cluster", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("cluster.status", to_string(cluster.load.phase));
  if (widgets::button("Refresh###cluster.refresh", ctx, widgets::Tone::secondary,
                      !cluster.load.loading())) {
    ctx.actions.emplace_back(Reload{});
  }
  if (cluster.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  if (cluster.load.phase == LoadPhase::failed) {
    if (widgets::error_panel(cluster.load.error, "Retry###cluster.retry", ctx))
      ctx.actions.emplace_back(Reload{});
    return;
  }
  if (cluster.load.phase == LoadPhase::idle) return;
  const auto& info = cluster.info;
  ctx.text("cluster.adapter", info.adapter);
  ctx.text("cluster.server_version", info.server_version);
  ctx.text("cluster.path", info.path);

  widgets::gap(ctx, 4);
  auto fact = [&](const char* name, const std::string& value) {
    if (value.empty()) return;
    widgets::muted(name);
    ImGui::SameLine(140.0f * px);
    ImGui::TextUnformatted(value.c_str());
  };
  fact("Adapter", info.adapter);
  fact("Server", info.server_version);
  fact("Path", info.path);

  // A failed command stands out; what this kind of deployment never reports
  // (members through mongos) is only noted.
  for (std::size_t i = 0; i < info.unavailable.size(); ++i) {
    const auto& missing = info.unavailable[i];
    if (missing.failed) {
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
      ImGui::TextWrapped("Could not read %s", missing.text.c_str());
      ImGui::PopStyleColor();
    } else {
      widgets::muted_wrapped("Not reported here: " + missing.text);
    }
    ctx.text("cluster.unavailable." + std::to_string(i), missing.text);
  }

  if (!info.collections.empty()) {
    widgets::gap(ctx, 6);
    widgets::section_label("Documents per collection");
    constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                       ImGuiTableFlags_PadOuterX;
    if (ImGui::BeginTable("##cluster.collections", 2, kFlags, ImVec2(420.0f * px, 0))) {
      ImGui::TableSetupColumn("Collection", ImGuiTableColumnFlags_WidthStretch);
      ImGui::TableSetupColumn("Documents", ImGuiTableColumnFlags_WidthFixed, 120.0f * px);
      ImGui::TableHeadersRow();
      for (const auto& [name, count] : info.collections) {
        ImGui::TableNextRow();
        ImGui::TableSetColumnIndex(0);
        ImGui::TextUnformatted(name.c_str());
        ImGui::TableSetColumnIndex(1);
        ImGui::TextUnformatted(ui::thousands(count).c_str());
        ctx.text("cluster.count." + name, std::to_string(count));
      }
      ImGui::EndTable();
    }
  }

  draw_documents_per_shard(info, ctx);

  std::string group;
  for (std::size_t i = 0; i < info.rows.size(); ++i) {
    const auto& row = info.rows[i];
    if (row.group != group) {
      group = row.group;
      widgets::gap(ctx, 6);
      widgets::section_label(group);
    }
    // Replica-set member states stand out: primary green, down/unknown red.
    ImVec4 colour = ui::kText;
    if (row.text.find("PRIMARY") != std::string::npos) colour = ui::kGood;
    if (row.text.find("DOWN") != std::string::npos ||
        row.text.find("UNKNOWN") != std::string::npos ||
        row.text.find("(not reachable") != std::string::npos)
      colour = ui::kBad;
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    ImGui::TextWrapped("%s", row.text.c_str());
    ImGui::PopStyleColor();
    ctx.text("cluster.row." + std::to_string(i), row.group + ": " + row.text);
  }

  if (!info.notes.empty()) {
    widgets::gap(ctx, 6);
    widgets::section_label("Notes");
    for (std::size_t i = 0; i < info.notes.size(); ++i) {
      widgets::muted_wrapped(info.notes[i]);
      ctx.text("cluster.note." + std::to_string(i), info.notes[i]);
    }
  }
}

std::unique_ptr<View> make_admin_cluster_view() {
  return std::make_unique<AdminClusterView>();
}

}  // namespace moviedb::client::views
