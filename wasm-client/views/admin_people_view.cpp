#include "views/admin_people_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

void AdminPeopleView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& people = state.admin.people;
  widgets::heading_with_note("People", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("people.status", to_string(people.load.phase));
  ctx.text("people.total", std::to_string(people.total));

  ImGui::SetNextItemWidth(260.0f * ctx.px());
  bool apply = ImGui::InputTextWithHint("###people.search", "Name…", &q_,
                                        ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.track("###people.search");
  widgets::flow(widgets::button_width("Search###people.apply"));
  apply |= widgets::button("Search###people.apply", ctx, widgets::Tone::primary);
  if (apply) ctx.actions.emplace_back(SetPeopleSearch{q_});
  widgets::flow(widgets::button_width("< Prev"));
  if (const auto page = widgets::pager(people.page, people.pages(), "people", ctx))
    ctx.actions.emplace_back(SetPeoplePage{page});
  const std::string count = ui::count_of(people.total, "person", "people");
  widgets::flow(widgets::text_width(count));
  ImGui::AlignTextToFramePadding();
  widgets::muted(count);
  if (people.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  if (people.load.phase == LoadPhase::failed &&
      widgets::error_panel(people.load.error, "Retry###people.retry", ctx)) {
    ctx.actions.emplace_back(Reload{});
  }

  // Side by side on a desktop; on a phone the list above the filmography.
  const ImVec2 avail = ImGui::GetContentRegionAvail();
  const ImVec2 list_size =
      ctx.compact() ? ImVec2(0.0f, avail.y * 0.45f) : ImVec2(avail.x * 0.45f, 0.0f);
  ImGui::BeginChild("##people.list", list_size, ImGuiChildFlags_None, widgets::kPanelFlags);
  draw_list(state, ctx);
  ImGui::EndChild();
  if (!ctx.compact()) ImGui::SameLine();
  ImGui::BeginChild("##people.filmography", ImVec2(0, 0), ImGuiChildFlags_None,
                    widgets::kPanelFlags);
  draw_filmography(state, ctx);
  ImGui::EndChild();
}

void AdminPeopleView::draw_list(const AppState& state, const ViewContext& ctx) {
  const auto& people = state.admin.people;
  constexpr ImGuiTableFlags kFlags = ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg |
                                     ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_PadOuterX;
  if (!ImGui::BeginTable("##people", 2, kFlags, ImVec2(0, ImGui::GetContentRegionAvail().y)))
    return;
  ImGui::TableSetupScrollFreeze(0, 1);
  ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_WidthStretch);
  ImGui::TableSetupColumn("Titles", ImGuiTableColumnFlags_WidthFixed, 70.0f * ctx.px());
  ImGui::TableHeadersRow();
  const float row_h = widgets::row_height(ctx);
  for (std::size_t i = 0; i < people.items.size(); ++i) {
    const auto& p = people.items[i];
    const std::string n = std::to_string(i);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    ImGui::TableSetColumnIndex(0);
    const bool on = people.selected == p.id;
    // The name is cut with "…" to its column rather than run under the next.
    const float name_w = ImGui::GetContentRegionAvail().x;
    const ImVec2 start = ImGui::GetCursorPos();
    const std::string open = "###people.open." + n;
    if (ImGui::Selectable(open.c_str(), on, ImGuiSelectableFlags_AllowOverlap, ImVec2(0.0f, row_h)))
      ctx.actions.emplace_back(ShowFilmography{p.id});
    ctx.track(p.name + open);
    ImGui::SetCursorPos(start);
    widgets::centre_line(row_h);
    widgets::text_ellipsis(p.name, name_w, ui::kText);
    ImGui::TableSetColumnIndex(1);
    widgets::cell_text(ui::thousands(p.credits), ui::kMuted, row_h);
    ctx.text("people.row." + n, p.name + " (" + std::to_string(p.credits) + " titles)");
  }
  ImGui::EndTable();
}

void AdminPeopleView::draw_filmography(const AppState& state, const ViewContext& ctx) {
  const auto& people = state.admin.people;
  if (people.selected.empty()) {
    widgets::empty_state("Choose a person",
                         "Their filmography shows here; a title opens for editing.");
    return;
  }
  const auto& film = people.filmography;
  ctx.text("filmography.status", to_string(people.filmography_load.phase));
  if (people.filmography_load.loading()) widgets::spinner(ctx);
  if (people.filmography_load.phase == LoadPhase::failed) {
    if (widgets::error_panel(people.filmography_load.error, "Retry###filmography.retry", ctx))
      ctx.actions.emplace_back(ShowFilmography{people.selected});
    return;
  }
  if (people.filmography_load.phase != LoadPhase::ready) return;
  widgets::heading(film.person.name, ctx, "filmography.name");
  widgets::muted(film.person.id + " · " +
                 ui::count_of(static_cast<std::int64_t>(film.credits.size()), "credit", "credits"));
  widgets::gap(ctx, 4);
  for (std::size_t j = 0; j < film.credits.size(); ++j) {
    const auto& c = film.credits[j];
    const std::string year = c.release_year ? std::to_string(*c.release_year) : "—";
    widgets::muted(year);
    ImGui::SameLine(60.0f * ctx.px());
    const std::string title = c.movie_title.empty() ? c.movie_id : c.movie_title;
    if (ImGui::GetContentRegionAvail().x < widgets::text_width(title)) ImGui::NewLine();
    if (widgets::link(title + "###people.title." + std::to_string(j), ctx)) {
      ctx.actions.emplace_back(Navigate{Screen::admin_movies});
      ctx.actions.emplace_back(OpenMovieForm{c.movie_id});
    }
    const std::string part = c.role + (c.character.empty() ? "" : " · " + c.character);
    widgets::flow(widgets::text_width(part));
    widgets::muted(part);
    ctx.text("filmography.row." + std::to_string(j),
             year + " " + title + " " + c.role + (c.character.empty() ? "" : " " + c.character));
  }
}

std::unique_ptr<View> make_admin_people_view() {
  return std::make_unique<AdminPeopleView>();
}

}  // namespace moviedb::client::views
