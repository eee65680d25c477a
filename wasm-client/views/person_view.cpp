#include "views/person_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <set>
#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

void PersonView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& person = state.person;
  ctx.text("person.status", to_string(person.load.phase));
  if (widgets::button("← Back###person.back", ctx)) ctx.actions.emplace_back(GoBack{});
  widgets::gap(ctx, 4);

  if (person.load.phase == LoadPhase::failed) {
    if (widgets::error_panel(person.load.error, "Retry###person.retry", ctx)) {
      ctx.actions.emplace_back(Reload{});
    }
    return;
  }
  if (person.person.id.empty()) {
    widgets::spinner(ctx, 10.0f);
    ImGui::SameLine();
    widgets::muted("Loading…");
    return;
  }

  ImGui::PushFont(ctx.fonts.title());
  ImGui::TextUnformatted(person.person.name.c_str());
  ImGui::PopFont();
  ctx.text("person.name", person.person.name);
  std::set<std::string> titles;
  std::set<std::string> roles;
  for (const auto& c : person.credits) {
    titles.insert(c.movie_id);
    roles.insert(c.role == "ACTOR"      ? "Actor"
                 : c.role == "DIRECTOR" ? "Director"
                                        : ui::genre_label(c.role));
  }
  ctx.text("person.count", std::to_string(titles.size()));
  std::vector<std::string> role_list(roles.begin(), roles.end());
  widgets::muted(ui::join(role_list) + "  ·  " +
                 ui::count_of(static_cast<std::int64_t>(titles.size()), "title", "titles"));
  widgets::gap(ctx, 8);

  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                     ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
  const bool characters = std::any_of(person.credits.begin(), person.credits.end(),
                                      [](const domain::Credit& c) { return !c.character.empty(); });
  if (!ImGui::BeginTable("##filmography", characters ? 4 : 3, kFlags)) return;
  const float px = ctx.px();
  ImGui::TableSetupColumn("Title", ImGuiTableColumnFlags_WidthStretch, 3.0f);
  ImGui::TableSetupColumn("Year", ImGuiTableColumnFlags_WidthFixed, 60.0f * px);
  ImGui::TableSetupColumn("Role", ImGuiTableColumnFlags_WidthFixed, 100.0f * px);
  if (characters) ImGui::TableSetupColumn("Character", ImGuiTableColumnFlags_WidthStretch, 2.0f);
  ImGui::TableHeadersRow();
  const float row_h = widgets::row_height(ctx);
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(person.credits.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const auto& c = person.credits[static_cast<std::size_t>(i)];
      ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
      ImGui::TableSetColumnIndex(0);
      const std::string label = c.movie_title.empty() ? c.movie_id : c.movie_title;
      const std::string id = label + "###person.row." + std::to_string(i);
      if (ImGui::Selectable(id.c_str(), false, ImGuiSelectableFlags_SpanAllColumns,
                            ImVec2(0, row_h))) {
        ctx.actions.emplace_back(OpenMovie{c.movie_id});
      }
      ctx.track(id, {.link = true, .spans_row = true});
      ctx.text("person.row." + std::to_string(i), label);
      ImGui::TableSetColumnIndex(1);
      widgets::cell_text(c.release_year ? std::to_string(*c.release_year) : "—", ui::kMuted, row_h);
      ImGui::TableSetColumnIndex(2);
      widgets::cell_text(c.role == "ACTOR"      ? "Actor"
                         : c.role == "DIRECTOR" ? "Director"
                                                : ui::genre_label(c.role),
                         ui::kMuted, row_h);
      if (characters) {
        ImGui::TableSetColumnIndex(3);
        widgets::cell_text(c.character, ui::kMuted, row_h);
      }
    }
  }
  ImGui::EndTable();
}

std::unique_ptr<View> make_person_view() {
  return std::make_unique<PersonView>();
}

}  // namespace moviedb::client::views
