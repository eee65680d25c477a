#include "views/filters_panel.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <optional>
#include <string>

#include "state/browse.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

std::optional<int> parse_year(const std::string& text) {
  int year = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
  if (text.empty() || ec != std::errc{} || end != text.data() + text.size()) return std::nullopt;
  return year;
}

bool same_genre(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

bool has_filters(const domain::MovieQuery& q) {
  return q.type || !q.genres.empty() || q.year_min || q.year_max || q.score_min ||
         !q.certifications.empty() || !q.countries.empty() || !q.person.empty();
}

}  // namespace

void FiltersPanel::draw(const AppState& state, const ViewContext& ctx) {
  const domain::MovieQuery& current = state.browse.query;
  domain::MovieQuery next = current;
  bool changed = false;
  bool typed = false;
  const float px = ctx.px();

  // Follow the state when a field is not being edited (e.g. after Clear).
  const auto sync = [](TextField& field, const std::string& value) {
    if (!field.active && field.text != value) field.text = value;
  };
  sync(year_min_, current.year_min ? std::to_string(*current.year_min) : "");
  sync(year_max_, current.year_max ? std::to_string(*current.year_max) : "");
  sync(country_, current.countries.empty() ? "" : current.countries.front());
  sync(person_, current.person);

  const float heading_y = ImGui::GetCursorPosY();
  widgets::heading("Filters", ctx);
  const float clear_w = ImGui::CalcTextSize("Clear").x + ImGui::GetStyle().FramePadding.x * 2;
  ImGui::SameLine(ImGui::GetContentRegionMax().x - clear_w);
  // Centred on the heading's line (the heading font is taller than a button).
  ImGui::SetCursorPosY(heading_y +
                       (ctx.fonts.heading()->FontSize - ImGui::GetFrameHeight()) * 0.5f);
  if (widgets::button("Clear###filter.clear", ctx, widgets::Tone::secondary, has_filters(current),
                      clear_w)) {
    ctx.actions.emplace_back(ClearFilters{});
  }
  widgets::gap(ctx, 2);

  // Type: a segmented choice.
  widgets::section_label("Type");
  struct Choice {
    const char* label;
    std::optional<std::string> value;
  };
  const Choice types[] = {{"All###filter.type.all", std::nullopt},
                          {"Movies###filter.type.movie", std::string("MOVIE")},
                          {"Shows###filter.type.show", std::string("SHOW")}};
  const float third = (ImGui::GetContentRegionAvail().x - 2 * 4.0f * px) / 3.0f;
  for (int i = 0; i < 3; ++i) {
    if (i > 0) ImGui::SameLine(0, 4.0f * px);
    const bool on = current.type == types[i].value;
    if (widgets::button(types[i].label, ctx,
                        on ? widgets::Tone::selected : widgets::Tone::secondary, true, third)) {
      next.type = types[i].value;
      changed = true;
    }
  }
  widgets::gap(ctx, 4);

  // Year range.
  widgets::section_label("Released");
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
  const auto year_field = [&](TextField& field, const char* id, const char* hint,
                              std::optional<int>& out) {
    ImGui::SetNextItemWidth(half);
    if (ImGui::InputTextWithHint(id, hint, &field.text, ImGuiInputTextFlags_CharsDecimal)) {
      out = parse_year(field.text);
      changed = typed = true;
    }
    field.active = ImGui::IsItemActive();
    ctx.track(id);
  };
  year_field(year_min_, "###filter.year_min", "From", next.year_min);
  ImGui::SameLine();
  year_field(year_max_, "###filter.year_max", "To", next.year_max);
  widgets::gap(ctx, 4);

  // Minimum score.
  widgets::section_label("Minimum IMDb score");
  float score = static_cast<float>(current.score_min.value_or(0.0));
  ImGui::SetNextItemWidth(-1.0f);
  const char* format = score <= 0.0f ? "Any" : "%.1f or more";
  if (ImGui::SliderFloat("###filter.score_min", &score, 0.0f, 10.0f, format,
                         ImGuiSliderFlags_AlwaysClamp)) {
    score = std::round(score * 2.0f) / 2.0f;  // half points
    next.score_min = score > 0.0f ? std::optional<double>(score) : std::nullopt;
    changed = typed = true;
  }
  char said[32];  // what the slider shows, for a screen reader
  std::snprintf(said, sizeof said, format, static_cast<double>(score));
  ctx.track("###filter.score_min", {.range = bridge::Range{score, 0.0, 10.0, said}});
  widgets::gap(ctx, 4);

  // Certification.
  widgets::section_label("Certification");
  const std::string shown = current.certifications.empty() ? "Any" : current.certifications.front();
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::BeginCombo("###filter.certification", shown.c_str())) {
    if (ImGui::Selectable("Any###filter.certification.any", current.certifications.empty())) {
      next.certifications.clear();
      changed = true;
    }
    ctx.track("Any###filter.certification.any");
    for (const auto option : certification_options()) {
      const std::string label =
          std::string(option) + "###filter.certification." + std::string(option);
      const bool on = !current.certifications.empty() && current.certifications.front() == option;
      if (ImGui::Selectable(label.c_str(), on)) {
        next.certifications = {std::string(option)};
        changed = true;
      }
      ctx.track(label);
    }
    ImGui::EndCombo();
  }
  ctx.track("###filter.certification");
  widgets::gap(ctx, 4);

  // Country and person: typed, so debounced.
  widgets::section_label("Country");
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::InputTextWithHint(
          "###filter.country", "Code, e.g. US", &country_.text,
          ImGuiInputTextFlags_CharsUppercase | ImGuiInputTextFlags_CharsNoBlank)) {
    next.countries.clear();
    if (!country_.text.empty()) next.countries.push_back(country_.text);
    changed = typed = true;
  }
  country_.active = ImGui::IsItemActive();
  ctx.track("###filter.country");
  widgets::gap(ctx, 4);

  widgets::section_label("Person");
  ImGui::SetNextItemWidth(-1.0f);
  if (ImGui::InputTextWithHint("###filter.person", "Actor or director", &person_.text)) {
    next.person = person_.text;
    changed = typed = true;
  }
  person_.active = ImGui::IsItemActive();
  ctx.track("###filter.person");
  widgets::gap(ctx, 4);

  // Genres: many may be picked ("any of").
  widgets::section_label("Genres");
  if (state.genres.load.phase == LoadPhase::loading && state.genres.items.empty()) {
    widgets::spinner(ctx);
  } else if (state.genres.load.phase == LoadPhase::failed) {
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
    ImGui::TextWrapped("%s", state.genres.load.error.c_str());
    ImGui::PopStyleColor();
  }
  // A mouse gets a dense list; a finger keeps the theme's 44 px boxes.
  const int dense = ctx.touch() ? 0 : 2;
  if (dense > 0) {
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(3.0f * px, 3.0f * px));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * px, 5.0f * px));
  }
  for (const auto& genre : state.genres.items) {
    const auto it = std::find_if(current.genres.begin(), current.genres.end(),
                                 [&](const std::string& g) { return same_genre(g, genre.genre); });
    bool on = it != current.genres.end();
    const std::string label = ui::genre_label(genre.genre) + "###filter.genre." + genre.genre;
    if (ImGui::Checkbox(label.c_str(), &on)) {
      auto& genres = next.genres;
      if (on) {
        genres.push_back(genre.genre);
      } else {
        genres.erase(
            std::remove_if(genres.begin(), genres.end(),
                           [&](const std::string& g) { return same_genre(g, genre.genre); }),
            genres.end());
      }
      changed = true;
    }
    ctx.track(label);
    ImGui::SameLine();
    widgets::muted(ui::thousands(genre.count));
  }
  ImGui::PopStyleVar(dense);

  if (changed) ctx.actions.emplace_back(SetBrowseQuery{std::move(next), typed});
}

}  // namespace moviedb::client::views
