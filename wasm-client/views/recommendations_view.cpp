#include "views/recommendations_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/movie_table.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

std::string ids_of(const std::vector<net::Recommendation>& items) {
  std::string ids;
  for (const auto& item : items) ids += (ids.empty() ? "" : ",") + item.movie.id;
  return ids;
}

}  // namespace

void RecommendationsView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& recs = state.recommendations;
  ctx.text("recs.status", to_string(recs.load.phase));
  if (!state.session.signed_in()) {
    widgets::heading("For you", ctx);
    widgets::sign_in_card("Sign in to get suggestions based on what you like.", ctx);
    return;
  }

  const float px = ctx.px();
  const float side = std::min(330.0f * px, ImGui::GetContentRegionAvail().x * 0.4f);
  const float main_w = ImGui::GetContentRegionAvail().x - side - 20.0f * px;

  ImGui::BeginChild("##recs.main", ImVec2(main_w, 0), ImGuiChildFlags_None,
                    ImGuiWindowFlags_NoScrollbar | widgets::kPanelFlags);
  widgets::heading_with_note("For you", "picked from the genres and people you like", ctx);
  if (recs.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  ImGui::SameLine(ImGui::GetContentRegionAvail().x + ImGui::GetCursorPosX() - 100.0f * px);
  if (widgets::button("Refresh###recs.refresh", ctx, widgets::Tone::secondary, !recs.load.loading(),
                      100.0f * px)) {
    ctx.actions.emplace_back(Reload{});
  }
  ctx.text("recs.ids", ids_of(recs.items));
  for (std::size_t i = 0; i < recs.items.size(); ++i) {
    ctx.text("recs.reason." + std::to_string(i), recs.items[i].reason);
  }
  if (recs.load.phase == LoadPhase::failed) {
    if (widgets::error_panel(recs.load.error, "Retry###recs.retry", ctx))
      ctx.actions.emplace_back(Reload{});
  } else if (recs.load.phase == LoadPhase::ready && recs.items.empty()) {
    widgets::empty_state("No suggestions yet.",
                         "Like a few titles and suggestions will appear here.");
  } else if (!recs.items.empty()) {
    MovieTableOptions options;
    options.genres = false;
    options.likes = false;
    options.reason = [&recs](std::int64_t i) -> std::string_view {
      return recs.items[static_cast<std::size_t>(i)].reason;
    };
    movie_table(
        "recs", static_cast<std::int64_t>(recs.items.size()),
        [&recs](std::int64_t i) { return &recs.items[static_cast<std::size_t>(i)].movie; }, options,
        ctx);
  }
  ImGui::EndChild();

  ImGui::SameLine(0, 20.0f * px);
  ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::kPanel);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f * px, 14.0f * px));
  ImGui::BeginChild("##recs.preferences", ImVec2(side, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                    widgets::kPanelFlags);
  ImGui::PopStyleVar();
  preference_panel(state, ctx);
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void RecommendationsView::preference_panel(const AppState& state, const ViewContext& ctx) {
  const auto& recs = state.recommendations;
  widgets::heading("Find by preference", ctx);
  widgets::muted_wrapped("The three best-rated titles that match.");
  widgets::gap(ctx, 4);
  bool submit = false;

  widgets::section_label("Type");
  struct Choice {
    const char* label;
    const char* value;
  };
  constexpr Choice kTypes[] = {{"Any###pref.type.any", ""},
                               {"Movie###pref.type.MOVIE", "MOVIE"},
                               {"Show###pref.type.SHOW", "SHOW"}};
  const char* type_preview = "Any";
  for (const auto& t : kTypes) {
    if (type_ == t.value) type_preview = t.label;
  }
  const std::string preview(type_preview, std::string_view(type_preview).find("###"));
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("###pref.type", preview.c_str())) {
    for (const auto& t : kTypes) {
      if (ImGui::Selectable(t.label, type_ == t.value)) type_ = t.value;
      ctx.track(t.label);
    }
    ImGui::EndCombo();
  }
  ctx.track("###pref.type");

  widgets::section_label("Genre");
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("###pref.genre",
                        genre_.empty() ? "Any" : ui::genre_label(genre_).c_str())) {
    if (ImGui::Selectable("Any###pref.genre.any", genre_.empty())) genre_.clear();
    ctx.track("Any###pref.genre.any");
    for (const auto& g : state.genres.items) {
      const std::string label = ui::genre_label(g.genre) + "###pref.genre." + g.genre;
      if (ImGui::Selectable(label.c_str(), genre_ == g.genre)) genre_ = g.genre;
      ctx.track(label);
    }
    ImGui::EndCombo();
  }
  ctx.track("###pref.genre");

  widgets::section_label("Actor");
  ImGui::SetNextItemWidth(-1.0f);
  submit |= ImGui::InputTextWithHint("###pref.actor", "e.g. Tom Hanks", &actor_,
                                     ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.track("###pref.actor");
  widgets::section_label("Director");
  ImGui::SetNextItemWidth(-1.0f);
  submit |= ImGui::InputTextWithHint("###pref.director", "e.g. Steven Spielberg", &director_,
                                     ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.track("###pref.director");
  widgets::gap(ctx, 4);

  const PreferenceQuery query{type_, genre_, actor_, director_};
  const bool can_find = !query.empty() && !recs.preference_load.loading();
  submit |= widgets::button("Find top 3###pref.find", ctx, widgets::Tone::primary, can_find, -1.0f);
  if (submit && can_find) ctx.actions.emplace_back(SearchPreferences{query});
  widgets::gap(ctx, 6);

  ctx.text("pref.status", to_string(recs.preference_load.phase));
  ctx.text("pref.ids", ids_of(recs.preference_items));
  switch (recs.preference_load.phase) {
    case LoadPhase::idle:
      widgets::muted_wrapped("Pick at least one preference.");
      break;
    case LoadPhase::loading:
      widgets::spinner(ctx);
      break;
    case LoadPhase::failed:
      ctx.text("pref.error", recs.preference_load.error);
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
      ImGui::TextWrapped("%s", recs.preference_load.error.c_str());
      ImGui::PopStyleColor();
      break;
    case LoadPhase::ready:
      if (recs.preference_items.empty()) widgets::muted_wrapped("Nothing matches all of these.");
      break;
  }
  for (std::size_t i = 0; i < recs.preference_items.size(); ++i) {
    const auto& m = recs.preference_items[i].movie;
    const std::string label =
        std::to_string(i + 1) + ".  " + m.title + "###pref.row." + std::to_string(i);
    if (ImGui::Selectable(label.c_str(), false, ImGuiSelectableFlags_None, ImVec2(0, 0))) {
      ctx.actions.emplace_back(OpenMovie{m.id});
    }
    ctx.track(label);
    widgets::item_tooltip(m.title);
    std::string meta = ui::facts_line(m);
    if (m.imdb_score) meta += "  ·  ★ " + ui::score(*m.imdb_score);
    ImGui::Indent(22.0f * ctx.px());
    widgets::muted(meta);
    ImGui::Unindent(22.0f * ctx.px());
  }
}

std::unique_ptr<View> make_recommendations_view() {
  return std::make_unique<RecommendationsView>();
}

}  // namespace moviedb::client::views
