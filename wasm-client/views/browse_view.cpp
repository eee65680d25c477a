#include "views/browse_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "state/browse.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/movie_table.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

constexpr std::int64_t kPrefetchRows = 100;  // a page ahead of what is visible

}  // namespace

void BrowseView::draw(const AppState& state, const ViewContext& ctx) {
  if (ctx.compact()) return draw_compact(state, ctx);
  const float px = ctx.px();
  const float sidebar = std::min(ui::kSidebarWidth * px, ImGui::GetContentRegionAvail().x * 0.35f);

  ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::kPanel);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f * px, 14.0f * px));
  ImGui::BeginChild("##filters", ImVec2(sidebar, 0),
                    ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                    widgets::kPanelFlags);
  ImGui::PopStyleVar();
  filters_.draw(state, ctx);
  ImGui::EndChild();
  ImGui::PopStyleColor();

  ImGui::SameLine(0, 20.0f * px);
  ImGui::BeginGroup();
  search_row(state, ctx);
  results(state, ctx);
  ImGui::EndGroup();
}

// A phone: the results take the whole width; Filters opens the filters over
// them as a sheet, and Show results closes it.
void BrowseView::draw_compact(const AppState& state, const ViewContext& ctx) {
  if (filters_open_) {
    if (widgets::button("Show results###browse.filters.close", ctx, widgets::Tone::primary, true,
                        -1.0f))
      filters_open_ = false;
    widgets::gap(ctx, 4);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::kPanel);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f * ctx.px(), 14.0f * ctx.px()));
    ImGui::BeginChild("##filters", ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding,
                      widgets::kPanelFlags);
    ImGui::PopStyleVar();
    filters_.draw(state, ctx);
    ImGui::EndChild();
    ImGui::PopStyleColor();
    return;
  }
  search_row(state, ctx);
  if (widgets::button("Filters###browse.filters", ctx)) filters_open_ = true;
  results(state, ctx);
}

void BrowseView::search_row(const AppState& state, const ViewContext& ctx) {
  const float px = ctx.px();
  const auto& query = state.browse.query;
  if (!search_active_ && search_ != query.q) search_ = query.q;

  const float sort_w = 190.0f * px;
  ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - sort_w -
                          ImGui::GetStyle().ItemSpacing.x);
  const bool edited =
      ImGui::InputTextWithHint("###browse.search", "Search titles…   ( / )", &search_);
  if (state.browse.focus_search != focus_seen_) {
    // Offset -1 names the field just submitted (0 would count the filters
    // child window, an item of this window, as the next one).
    focus_seen_ = state.browse.focus_search;
    ImGui::SetKeyboardFocusHere(-1);
  }
  search_active_ = ImGui::IsItemActive();
  ctx.track("###browse.search");
  const bool enter = ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGuiKey_Enter, false);
  if (edited || (enter && search_ != query.q)) {
    domain::MovieQuery next = query;
    next.q = search_;
    ctx.actions.emplace_back(SetBrowseQuery{std::move(next), !enter});
  }

  ImGui::SameLine();
  const std::string current = sort_param(query.sort);
  std::string_view current_label = sort_options().front().label;
  for (const auto& option : sort_options()) {
    if (option.param == current) current_label = option.label;
  }
  ImGui::SetNextItemWidth(sort_w);
  const std::string preview(current_label);
  if (ImGui::BeginCombo("###browse.sort", preview.c_str())) {
    for (const auto& option : sort_options()) {
      const std::string label = std::string(option.label) + "###sort." + std::string(option.param);
      if (ImGui::Selectable(label.c_str(), option.param == current)) {
        domain::MovieQuery next = query;
        next.sort = sort_from_param(option.param);
        ctx.actions.emplace_back(SetBrowseQuery{std::move(next), false});
      }
      ctx.track(label);
    }
    ImGui::EndCombo();
  }
  ctx.track("###browse.sort");
  widgets::item_tooltip("Sort order");
}

void BrowseView::results(const AppState& state, const ViewContext& ctx) {
  const auto& browse = state.browse;
  const ResultPages& shown = shown_results(browse);
  const bool searching = !browse.results.known && browse.results.loading();
  const bool pending = browse.search_due > 0;  // typed, waiting for a pause
  ctx.text("browse.query", browse.query.q);
  ctx.text("browse.loaded", std::to_string(browse.results.loaded_rows()));

  // Status line: the count, a spinner while anything loads.
  if (browse.results.known) {
    ctx.text("browse.count", ui::bare_count(browse.results.total, browse.results.exact));
  }
  std::string status;
  if (pending) {
    status = "searching";
  } else if (browse.results.known) {
    status = browse.results.total == 0 ? "empty" : "ready";
  } else if (browse.results.failed()) {
    status = "failed";
  } else {
    status = "searching";
  }
  ctx.text("browse.status", status);
  if (shown.known) {
    std::string line = ui::count_of(shown.total, shown.exact, "title", "titles");
    if (!browse.query.q.empty() && &shown == &browse.results)
      line += " for “" + browse.query.q + "”";
    ImGui::TextUnformatted(line.c_str());
  } else if (!browse.results.failed()) {
    widgets::muted("Searching…");
  }
  if (pending || searching || browse.results.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }

  if (browse.results.failed()) {
    ctx.text("browse.error", browse.results.error);
    if (widgets::error_panel(browse.results.error, "Retry###browse.retry", ctx)) {
      ctx.actions.emplace_back(RetrySearch{});
    }
    if (!browse.results.known) return;
  }

  if (shown.known && shown.total == 0) {
    widgets::empty_state("No titles match.", browse.query.q.empty()
                                                 ? "Try fewer filters."
                                                 : "Check the spelling or try fewer filters.");
    return;
  }
  if (!shown.known) return;

  // A new search's first answer starts the table at the top.
  MovieTableOptions options;
  const bool new_results = &shown == &browse.results && shown.generation != generation_shown_;
  if (new_results) generation_shown_ = shown.generation;
  if (searching) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.55f);
  if (new_results) ImGui::SetNextWindowScroll(ImVec2(0.0f, 0.0f));
  const auto visible = movie_table(
      "browse", shown.total,
      [&shown](std::int64_t i) -> const domain::Movie* {
        return shown.row_loaded(i) ? &shown.rows[static_cast<std::size_t>(i)] : nullptr;
      },
      options, ctx);
  if (searching) ImGui::PopStyleVar();

  if (&shown == &browse.results && visible.last > visible.first) {
    const auto first = std::max<std::int64_t>(0, visible.first - kPrefetchRows / 3);
    const auto last = std::min<std::int64_t>(shown.reachable_rows(), visible.last + kPrefetchRows);
    bool missing = false;
    for (auto page = shown.page_of(first); page <= shown.page_of(last - 1); ++page) {
      const auto index = static_cast<std::size_t>(page - 1);
      if (index < shown.pages.size() && shown.pages[index] == LoadPhase::idle) missing = true;
    }
    if (missing) ctx.actions.emplace_back(ShowResultRows{first, last});
  }
}

std::unique_ptr<View> make_browse_view() {
  return std::make_unique<BrowseView>();
}

}  // namespace moviedb::client::views
