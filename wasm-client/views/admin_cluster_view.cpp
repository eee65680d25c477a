#include "views/admin_cluster_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

// Every shard named in the placement, in order, so one shard has one colour
// in every bar.
std::vector<std::string> shard_order(const ClusterInfo& info) {
  std::vector<std::string> names;
  auto add = [&](const net::ShardCounts& counts) {
    for (const auto& [shard, count] : counts) {
      if (std::find(names.begin(), names.end(), shard) == names.end()) names.push_back(shard);
    }
  };
  for (const auto& c : info.placement) add(c.chunks_per_shard);
  for (const auto& [collection, counts] : info.documents_per_shard) add(counts);
  std::sort(names.begin(), names.end());
  return names;
}

ImU32 shard_colour(const std::string& shard, const std::vector<std::string>& order) {
  static const ImVec4 kShardColours[] = {ui::kAccent, ui::kGood, ui::kLink, ui::kBad};
  const auto at = std::find(order.begin(), order.end(), shard) - order.begin();
  return ImGui::GetColorU32(kShardColours[at % 4]);
}

// Counts per shard as one bar split by shard, then the counts in words.
std::string shard_bar(const net::ShardCounts& counts, const std::vector<std::string>& order,
                      const ViewContext& ctx) {
  std::int64_t total = 0;
  for (const auto& [shard, count] : counts) total += count;
  const float px = ctx.px();
  const ImVec2 at = ImGui::GetCursorScreenPos();
  const float width = 300.0f * px, height = 10.0f * px;
  auto* draw = ImGui::GetWindowDrawList();
  float x = at.x;
  std::string words;
  for (const auto& [shard, count] : counts) {
    const float w = total > 0 ? width * float(count) / float(total) : 0;
    draw->AddRectFilled(ImVec2(x, at.y), ImVec2(x + w, at.y + height), shard_colour(shard, order));
    x += w;
    words += (words.empty() ? "" : " · ") + shard + " " + ui::thousands(count);
  }
  ImGui::Dummy(ImVec2(width, height));
  ImGui::SameLine();
  widgets::muted(words);
  return words;
}

const net::ShardCounts* documents_of(const ClusterInfo& info, const std::string& collection) {
  for (const auto& [name, counts] : info.documents_per_shard) {
    if (name == collection) return &counts;
  }
  return nullptr;
}

std::string placement_text(const net::CollectionPlacement& c) {
  if (!c.sharded) return "all on " + (c.shard.empty() ? std::string("one node") : c.shard);
  return "sharded, " + std::to_string(c.chunks) + " chunks";
}

}  // namespace

void AdminClusterView::draw_placement(const ClusterInfo& info, const ViewContext& ctx) {
  if (info.placement.empty() && info.placement_note.empty()) return;
  widgets::gap(ctx, 6);
  widgets::section_label("Where the data lives");
  if (!info.placement_note.empty()) {
    widgets::muted_wrapped(info.placement_note);
    ctx.text("cluster.placement.note", info.placement_note);
  }
  if (!info.balancer.empty()) {
    widgets::muted("balancer");
    ImGui::SameLine(170.0f * ctx.px());
    ImGui::TextUnformatted(info.balancer.c_str());
    ctx.text("cluster.balancer", info.balancer);
  }
  const auto order = shard_order(info);
  for (const auto& c : info.placement) {
    const auto text = placement_text(c);
    ImGui::TextUnformatted(c.collection.c_str());
    ImGui::SameLine(170.0f * ctx.px());
    ImGui::TextUnformatted(text.c_str());
    ctx.text("cluster.placement." + c.collection, text);
    if (!c.sharded) continue;
    widgets::muted("  chunks");
    ImGui::SameLine(170.0f * ctx.px());
    ctx.text("cluster.chunks." + c.collection, shard_bar(c.chunks_per_shard, order, ctx));
    if (const auto* documents = documents_of(info, c.collection)) {
      widgets::muted("  documents");
      ImGui::SameLine(170.0f * ctx.px());
      ctx.text("cluster.documents." + c.collection, shard_bar(*documents, order, ctx));
    }
  }
}

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

  for (std::size_t i = 0; i < info.unavailable.size(); ++i) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
    ImGui::TextWrapped("Could not read %s", info.unavailable[i].c_str());
    ImGui::PopStyleColor();
    ctx.text("cluster.unavailable." + std::to_string(i), info.unavailable[i]);
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

  draw_placement(info, ctx);

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

}  // namespace moviedb::client::views
