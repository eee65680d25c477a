#include "views/movie_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <string>
#include <vector>

#include "state/address.hpp"
#include "state/interactions.hpp"
#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/title_location.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

void back_button(const AppState& state, const ViewContext& ctx) {
  if (widgets::button("← Back###movie.back", ctx)) ctx.actions.emplace_back(GoBack{});
  (void)state;
}

// Like / Dislike / Watched and the community's counts.
void interaction_bar(const AppState& state, const ViewContext& ctx) {
  const auto& detail = state.movie;
  const auto& m = detail.movie;
  const net::Viewer viewer = detail.viewer.value_or(net::Viewer{});
  const bool idle = detail.writes_in_flight == 0;
  const bool liked = viewer.reaction == domain::Reaction::like;
  const bool disliked = viewer.reaction == domain::Reaction::dislike;

  ctx.text("movie.reaction", viewer.reaction ? domain::to_string(*viewer.reaction) : "none");
  ctx.text("movie.watched", viewer.watched ? "true" : "false");
  ctx.text("movie.busy", idle ? "false" : "true");

  const float w = 132.0f * ctx.px();
  if (widgets::button(liked ? "♥ Liked###movie.like" : "♥ Like###movie.like", ctx,
                      liked ? widgets::Tone::selected : widgets::Tone::secondary, idle, w)) {
    ctx.actions.emplace_back(SetReaction{m.id, toggled(viewer.reaction, domain::Reaction::like)});
  }
  widgets::item_tooltip(liked ? "Remove your like" : "Like this title");
  widgets::flow(w);
  if (widgets::button(disliked ? "✕ Disliked###movie.dislike" : "✕ Dislike###movie.dislike", ctx,
                      disliked ? widgets::Tone::danger : widgets::Tone::secondary, idle, w)) {
    ctx.actions.emplace_back(
        SetReaction{m.id, toggled(viewer.reaction, domain::Reaction::dislike)});
  }
  widgets::item_tooltip(disliked ? "Remove your dislike" : "Dislike this title");
  widgets::flow(w);
  if (widgets::button(viewer.watched ? "✓ Watched###movie.watched" : "Mark watched###movie.watched",
                      ctx, viewer.watched ? widgets::Tone::selected : widgets::Tone::secondary,
                      idle, w)) {
    ctx.actions.emplace_back(SetWatched{m.id, !viewer.watched});
  }
  if (!state.session.signed_in()) {
    constexpr std::string_view kNote = "Sign in to rate and track titles.";
    widgets::flow(widgets::text_width(kNote));
    widgets::muted(kNote);
  }

  ctx.text("movie.likes", std::to_string(m.likes));
  ctx.text("movie.dislikes", std::to_string(m.dislikes));
  ctx.text("movie.watched_count", std::to_string(m.watched));
  ctx.text("movie.views", std::to_string(m.views));
  const std::string community = ui::count_of(m.likes, "like", "likes") + "  ·  " +
                                ui::count_of(m.dislikes, "dislike", "dislikes") + "  ·  " +
                                ui::thousands(m.watched) + " watched  ·  " +
                                ui::count_of(m.views, "view", "views");
  widgets::muted(community);
}

void fact(const char* label, const std::string& value) {
  if (value.empty()) return;
  ImGui::TableNextRow();
  ImGui::TableSetColumnIndex(0);
  widgets::muted(label);
  ImGui::TableSetColumnIndex(1);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(value.c_str());
  ImGui::PopTextWrapPos();
}

void facts(const domain::Movie& m, const ViewContext& ctx) {
  widgets::section_label("Details");
  if (!ImGui::BeginTable("##facts", 2, ImGuiTableFlags_SizingStretchProp)) return;
  ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, 150.0f * ctx.px());
  ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_WidthStretch);
  if (m.imdb_score) {
    std::string v = "★ " + ui::score(*m.imdb_score) + " / 10";
    if (m.imdb_votes) v += "  (" + ui::count_of(*m.imdb_votes, "vote", "votes") + ")";
    fact("IMDb rating", v);
  }
  if (m.rotten_tomatoes_rating)
    fact("Rotten Tomatoes", std::to_string(*m.rotten_tomatoes_rating) + "%");
  if (m.tmdb_score) fact("TMDB score", ui::score(*m.tmdb_score));
  if (m.tmdb_popularity) fact("TMDB popularity", ui::score(*m.tmdb_popularity));
  fact("Released", m.release_date);
  if (m.runtime && *m.runtime > 0) fact("Runtime", std::to_string(*m.runtime) + " min");
  if (m.seasons && *m.seasons > 0) fact("Seasons", std::to_string(*m.seasons));
  fact("Certification", m.age_certification);
  fact("Countries", ui::join(m.production_countries));
  fact("Distributor", m.distributor);
  fact("Source", m.source);
  fact("Creative type", m.creative_type);
  if (m.production_budget) fact("Budget", ui::money(*m.production_budget));
  if (m.us_gross) fact("US gross", ui::money(*m.us_gross));
  if (m.worldwide_gross) fact("Worldwide gross", ui::money(*m.worldwide_gross));
  if (m.us_dvd_sales) fact("US DVD sales", ui::money(*m.us_dvd_sales));
  fact("IMDb id", m.imdb_id);
  ImGui::EndTable();
}

void person_link(const domain::Credit& credit, const ViewContext& ctx) {
  const std::string label = credit.name + "###person." + credit.person_id;
  if (widgets::link(label, ctx)) ctx.actions.emplace_back(OpenPerson{credit.person_id});
  widgets::item_tooltip("Show their titles");
}

void credits(const std::vector<domain::Credit>& all, const ViewContext& ctx) {
  const auto groups = group_credits(all);
  if (all.empty()) {
    widgets::section_label("Credits");
    widgets::muted("No cast or crew recorded.");
    return;
  }
  if (!groups.directors.empty()) {
    widgets::section_label(groups.directors.size() == 1 ? "Director" : "Directors");
    for (const auto* c : groups.directors) person_link(*c, ctx);
    widgets::gap(ctx, 6);
  }
  const auto people_table = [&](const char* label, const std::vector<const domain::Credit*>& list,
                                bool role) {
    if (list.empty()) return;
    widgets::section_label(label);
    if (!ImGui::BeginTable(label, 2, ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_RowBg))
      return;
    ImGui::TableSetupColumn("name", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("part", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    for (const auto* c : list) {
      ImGui::TableNextRow();
      ImGui::TableSetColumnIndex(0);
      person_link(*c, ctx);
      ImGui::TableSetColumnIndex(1);
      const std::string& part = role ? c->role : c->character;
      if (!part.empty()) {
        widgets::text_ellipsis(part, ImGui::GetContentRegionAvail().x, ui::kMuted);
      }
    }
    ImGui::EndTable();
    widgets::gap(ctx, 6);
  };
  people_table("Cast", groups.cast, false);
  people_table("Crew", groups.crew, true);
}

}  // namespace

void MovieView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& detail = state.movie;
  const auto& m = detail.movie;
  ctx.text("movie.status", to_string(detail.load.phase));
  ctx.text("movie.id", detail.id);
  back_button(state, ctx);
  widgets::gap(ctx, 4);

  if (detail.load.phase == LoadPhase::failed) {
    ctx.text("movie.error", detail.load.error);
    if (widgets::error_panel(detail.load.error, "Retry###movie.retry", ctx)) {
      ctx.actions.emplace_back(Reload{});
    }
    return;
  }
  if (m.id.empty()) {
    widgets::spinner(ctx, 10.0f);
    ImGui::SameLine();
    widgets::muted("Loading the title…");
    return;
  }

  ImGui::PushFont(ctx.fonts.title());
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(m.title.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopFont();
  ctx.text("movie.title", m.title);
  const std::string line = ui::facts_line(m);
  if (!line.empty()) widgets::muted(line);
  if (detail.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  if (!m.genres.empty()) {
    std::vector<std::string> genres;
    for (const auto& g : m.genres) genres.push_back(ui::genre_label(g));
    widgets::tags(genres);
  }
  widgets::gap(ctx, 6);

  interaction_bar(state, ctx);
  widgets::gap(ctx, 4);
  // The address bar is out of reach in an installed app and on many phones.
  if (widgets::button("Copy link###movie.copy_link", ctx, widgets::Tone::secondary)) {
    ctx.actions.emplace_back(CopyLink{address_of(state.nav.current, {})});
  }
  widgets::item_tooltip("Copy the link to this title");
  if (is_admin(state.session)) {
    widgets::gap(ctx, 4);
    locate_button(m.id, "", ctx);
    title_location(state, m.id, ctx);
  }
  widgets::gap(ctx, 8);

  if (!m.description.empty()) {
    ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, 900.0f * ctx.px()) +
                           ImGui::GetCursorPosX());
    ImGui::TextUnformatted(m.description.c_str());
    ImGui::PopTextWrapPos();
    widgets::gap(ctx, 8);
  }

  // Facts and credits side by side when there is room, stacked otherwise.
  const float avail = ImGui::GetContentRegionAvail().x;
  const bool wide = avail > 820.0f * ctx.px();
  if (wide && ImGui::BeginTable("##columns", 2, ImGuiTableFlags_SizingStretchSame)) {
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    facts(m, ctx);
    ImGui::TableSetColumnIndex(1);
    credits(detail.credits, ctx);
    ImGui::EndTable();
  } else {
    facts(m, ctx);
    widgets::gap(ctx, 8);
    credits(detail.credits, ctx);
  }
}

std::unique_ptr<View> make_movie_view() {
  return std::make_unique<MovieView>();
}

}  // namespace moviedb::client::views
