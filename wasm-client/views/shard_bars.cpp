#include "views/shard_bars.hpp"

#include <imgui.h>

#include <algorithm>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

ImU32 shard_colour(const std::string& shard, const std::vector<std::string>& order) {
  static const ImVec4 kShardColours[] = {ui::kAccent, ui::kGood, ui::kLink, ui::kBad};
  const auto at = std::find(order.begin(), order.end(), shard) - order.begin();
  return ImGui::GetColorU32(kShardColours[at % 4]);
}

}  // namespace

std::vector<std::string> shard_order(const std::vector<const net::ShardCounts*>& counts) {
  std::vector<std::string> names;
  for (const auto* each : counts) {
    for (const auto& [shard, count] : *each) {
      if (std::find(names.begin(), names.end(), shard) == names.end()) names.push_back(shard);
    }
  }
  std::sort(names.begin(), names.end());
  return names;
}

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

}  // namespace moviedb::client::views
