#include "views/admin_movies_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/credits_editor.hpp"
#include "views/title_location.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

std::optional<int> int_of(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const long v = std::strtol(text.c_str(), &end, 10);
  if (!end || *end != '\0') return std::nullopt;
  return static_cast<int>(v);
}

std::optional<double> double_of(const std::string& text) {
  if (text.empty()) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (!end || *end != '\0') return std::nullopt;
  return v;
}

void error_line(const std::string& message, const std::string& key, const ViewContext& ctx) {
  if (message.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(message.c_str());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ctx.text(key, message);
}

// Table columns: header, sort field ("" unsortable).
struct Column {
  const char* header;
  const char* sort;
  float width;  // 0 stretches, < 0 fits its contents
};
constexpr std::array<Column, 9> kColumns{{
    {"", "", -1.0f},
    {"Title", "title", 0.0f},
    {"Type", "", 60.0f},
    {"Year", "release_year", 60.0f},
    {"IMDB", "imdb_score", 60.0f},
    {"Votes", "imdb_votes", 80.0f},
    {"Likes", "likes", 60.0f},
    {"Ver.", "", 44.0f},
    {"", "", -1.0f},  // its buttons' width
}};

}  // namespace

void AdminMoviesView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& admin = state.admin;
  widgets::heading_with_note("Movies", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("admin.role", domain::to_string(state.session.user.role));
  ctx.text("form.open", admin.form.open() ? "true" : "false");
  if (admin.form.open()) {
    draw_form(state, ctx);
    return;
  }
  draw_filters(state, ctx);
  if (!ctx.compact() || more_open_) bulk_bar_.draw(state, ctx);

  const auto& pending = admin.pending_delete;
  ctx.text("delete.pending", pending.id);
  if (!pending.id.empty()) {
    widgets::gap(ctx, 4);
    ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
    ImGui::TextUnformatted(("Delete “" + pending.title + "” (" + pending.id +
                            ")? Its credits and interactions go with it. This cannot be undone.")
                               .c_str());
    ImGui::PopStyleColor();
    if (widgets::button("Delete permanently###delete.confirm", ctx, widgets::Tone::danger,
                        !pending.busy)) {
      ctx.actions.emplace_back(ConfirmDeleteMovie{});
    }
    widgets::flow(widgets::button_width("Cancel###delete.cancel"));
    if (widgets::button("Cancel###delete.cancel", ctx, widgets::Tone::secondary, !pending.busy)) {
      ctx.actions.emplace_back(AskDeleteMovie{});
    }
  }
  widgets::gap(ctx, 4);
  title_location(state, admin.placement.locate.id, ctx);
  draw_table(state, ctx);
}

void AdminMoviesView::draw_filters(const AppState& state, const ViewContext& ctx) {
  const auto& movies = state.admin.movies;
  const float px = ctx.px();
  bool apply = false;
  ImGui::SetNextItemWidth(260.0f * px);
  apply |= ImGui::InputTextWithHint("###admin.search", "Title words…", &q_,
                                    ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.track("###admin.search");
  if (ctx.compact()) {
    // A phone shows the title search; the other filters and the export and
    // bulk tools wait behind one button, so the table keeps the screen.
    const char* more = more_open_ ? "Less###admin.more" : "Filters, export###admin.more";
    widgets::flow(widgets::button_width(more));
    if (widgets::button(more, ctx, more_open_ ? widgets::Tone::selected : widgets::Tone::secondary))
      more_open_ = !more_open_;
  }
  if (ctx.compact() && !more_open_) {
    if (apply) ctx.actions.emplace_back(SetAdminQuery{query_from_fields(movies.query)});
    return;
  }
  widgets::flow(110.0f * px);
  static constexpr const char* kTypes[] = {"Any type", "Movies", "Shows"};
  ImGui::SetNextItemWidth(110.0f * px);
  if (ImGui::Combo("###admin.type", &type_, kTypes, 3)) apply = true;
  ctx.track("###admin.type");
  widgets::flow(80.0f * px);
  ImGui::SetNextItemWidth(80.0f * px);
  apply |= ImGui::InputTextWithHint("###admin.year_min", "Year from", &year_min_,
                                    ImGuiInputTextFlags_EnterReturnsTrue |
                                        ImGuiInputTextFlags_CharsDecimal);
  ctx.track("###admin.year_min");
  widgets::flow(80.0f * px);
  ImGui::SetNextItemWidth(80.0f * px);
  apply |= ImGui::InputTextWithHint("###admin.year_max", "Year to", &year_max_,
                                    ImGuiInputTextFlags_EnterReturnsTrue |
                                        ImGuiInputTextFlags_CharsDecimal);
  ctx.track("###admin.year_max");
  widgets::flow(80.0f * px);
  ImGui::SetNextItemWidth(80.0f * px);
  apply |= ImGui::InputTextWithHint("###admin.score_min", "IMDB min", &score_min_,
                                    ImGuiInputTextFlags_EnterReturnsTrue |
                                        ImGuiInputTextFlags_CharsDecimal);
  ctx.track("###admin.score_min");
  widgets::flow(widgets::button_width("Apply###admin.apply"));
  apply |= widgets::button("Apply###admin.apply", ctx, widgets::Tone::primary);
  widgets::flow(widgets::button_width("Clear###admin.clear"));
  if (widgets::button("Clear###admin.clear", ctx)) {
    q_.clear();
    type_ = 0;
    year_min_.clear();
    year_max_.clear();
    score_min_.clear();
    apply = true;
  }
  widgets::flow(widgets::button_width("+ New movie###admin.new"));
  if (widgets::button("+ New movie###admin.new", ctx, widgets::Tone::primary)) {
    ctx.actions.emplace_back(OpenMovieForm{});
  }
  if (apply) ctx.actions.emplace_back(SetAdminQuery{query_from_fields(movies.query)});
}

domain::MovieQuery AdminMoviesView::query_from_fields(domain::MovieQuery query) const {
  query.q = q_;  // the rest of `query`, its sort, stays
  query.type = type_ == 1   ? std::optional<std::string>("MOVIE")
               : type_ == 2 ? std::optional<std::string>("SHOW")
                            : std::nullopt;
  query.year_min = int_of(year_min_);
  query.year_max = int_of(year_max_);
  query.score_min = double_of(score_min_);
  return query;
}

void AdminMoviesView::draw_table(const AppState& state, const ViewContext& ctx) {
  const auto& movies = state.admin.movies;
  const float px = ctx.px();
  ctx.text("admin.movies.status", to_string(movies.load.phase));
  ctx.text("admin.movies.total", ui::bare_count(movies.total, movies.total_exact));
  ctx.text("admin.page", std::to_string(movies.page));
  ctx.text("admin.selected", std::to_string(movies.selected.size()));

  // Pager and summary.
  if (widgets::button("< Prev###admin.prev", ctx, widgets::Tone::secondary, movies.page > 1)) {
    ctx.actions.emplace_back(SetAdminPage{movies.page - 1});
  }
  const std::string where =
      "Page " + std::to_string(movies.page) + " of " +
      ui::thousands(movies.pages(), movies.total_exact) + " · " +
      ui::count_of(movies.total, movies.total_exact, "title", "titles") +
      (movies.selected.empty() ? std::string()
                               : " · " + std::to_string(movies.selected.size()) + " selected");
  widgets::flow(widgets::text_width(where));
  ImGui::AlignTextToFramePadding();
  ImGui::TextUnformatted(where.c_str());
  widgets::flow(widgets::button_width("Next >###admin.next"));
  if (widgets::button("Next >###admin.next", ctx, widgets::Tone::secondary, movies.has_next())) {
    ctx.actions.emplace_back(SetAdminPage{movies.page + 1});
  }
  if (movies.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  if (movies.load.phase == LoadPhase::failed) {
    if (widgets::error_panel(movies.load.error, "Retry###admin.retry", ctx))
      ctx.actions.emplace_back(Reload{});
    if (movies.items.empty()) return;
  }

  constexpr ImGuiTableFlags kFlags =
      ImGuiTableFlags_ScrollY | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
      ImGuiTableFlags_BordersOuterH | ImGuiTableFlags_Sortable | ImGuiTableFlags_PadOuterX |
      ImGuiTableFlags_SizingFixedFit;
  // The check box and the title stay while the rest scrolls by.
  if (!widgets::data_table("##admin.movies", static_cast<int>(kColumns.size()), kFlags, 1000.0f, 2,
                           ctx))
    return;
  const auto& sort = movies.query.sort;
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    const auto& col = kColumns[c];
    ImGuiTableColumnFlags flags = col.width == 0.0f ? ImGuiTableColumnFlags_WidthStretch
                                                    : ImGuiTableColumnFlags_WidthFixed;
    if (col.sort[0] == '\0') flags |= ImGuiTableColumnFlags_NoSort;
    if (sort.field == col.sort) {
      flags |= ImGuiTableColumnFlags_DefaultSort |
               (sort.descending ? ImGuiTableColumnFlags_PreferSortDescending
                                : ImGuiTableColumnFlags_PreferSortAscending);
    }
    ImGui::TableSetupColumn(col.header, flags, std::max(col.width, 0.0f) * px);
  }
  ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
  for (std::size_t c = 0; c < kColumns.size(); ++c) {
    ImGui::TableSetColumnIndex(static_cast<int>(c));
    if (c == 0) {
      bool all = !movies.items.empty();
      for (const auto& m : movies.items) all = all && movies.selected.contains(m.id);
      if (ImGui::Checkbox("###admin.select_all", &all)) {
        ctx.actions.emplace_back(ToggleAdminSelect{"", true, all});
      }
      ctx.track("###admin.select_all");
      continue;
    }
    const std::string label =
        std::string(kColumns[c].header) + "###admin.sort." + std::to_string(c);
    ImGui::TableHeader(label.c_str());
    if (kColumns[c].sort[0] != '\0') ctx.track(label);
  }
  if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsDirty) {
    if (specs->SpecsCount > 0) {
      const auto& s = specs->Specs[0];
      const std::string field = kColumns[static_cast<std::size_t>(s.ColumnIndex)].sort;
      const bool descending = s.SortDirection == ImGuiSortDirection_Descending;
      if (!field.empty() && (field != sort.field || descending != sort.descending)) {
        domain::MovieQuery query = movies.query;
        query.sort = {field, descending};
        ctx.actions.emplace_back(SetAdminQuery{std::move(query)});
      }
    }
    specs->SpecsDirty = false;
  }

  const float row_h = widgets::row_height(ctx);
  for (std::size_t i = 0; i < movies.items.size(); ++i) {
    const auto& m = movies.items[i];
    const std::string n = std::to_string(i);
    ImGui::TableNextRow(ImGuiTableRowFlags_None, row_h);
    ImGui::TableSetColumnIndex(0);
    widgets::centre_line(row_h - ImGui::GetFrameHeight() + ImGui::GetTextLineHeight());
    bool on = movies.selected.contains(m.id);
    const std::string select = "###admin.select." + n;
    if (ImGui::Checkbox(select.c_str(), &on)) {
      ctx.actions.emplace_back(ToggleAdminSelect{m.id, false, on});
    }
    ctx.track(select);
    ImGui::TableSetColumnIndex(1);
    widgets::cell_text(m.title, ui::kText, row_h);
    ctx.text("admin.row." + n, m.title);
    ctx.text("admin.id." + n, m.id);
    ImGui::TableSetColumnIndex(2);
    widgets::cell_text(m.type, ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(3);
    widgets::cell_text(m.release_year ? std::to_string(*m.release_year) : "—", ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(4);
    widgets::cell_text(m.imdb_score ? ui::score(*m.imdb_score) : "—", ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(5);
    widgets::cell_text(m.imdb_votes ? ui::thousands(*m.imdb_votes) : "—", ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(6);
    widgets::cell_text(ui::thousands(m.likes), ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(7);
    widgets::cell_text(std::to_string(m.version), ui::kMuted, row_h);
    ImGui::TableSetColumnIndex(8);
    widgets::centre_line(row_h - ImGui::GetFrameHeight() + ImGui::GetTextLineHeight());
    if (widgets::button("Edit###admin.edit." + n, ctx)) {
      ctx.actions.emplace_back(OpenMovieForm{m.id});
    }
    ImGui::SameLine(0, 4.0f * px);
    locate_button(m.id, n, ctx);
    ImGui::SameLine(0, 4.0f * px);
    if (widgets::button("Delete###admin.delete." + n, ctx, widgets::Tone::danger)) {
      ctx.actions.emplace_back(AskDeleteMovie{m.id, m.title});
    }
  }
  ImGui::EndTable();
}

void AdminMoviesView::draw_form(const AppState& state, const ViewContext& ctx) {
  const auto& form = state.admin.form;
  if (form.loaded != loaded_seen_) {
    edits_ = form.fields;
    loaded_seen_ = form.loaded;
  }
  const bool creating = form.id.empty();
  ctx.text("form.mode", creating ? "create" : "edit");
  ctx.text("form.id", form.id);
  ctx.text("form.version", std::to_string(form.version));
  widgets::section_label(creating ? "New title" : ("Edit " + form.id + " · version " +
                                                   std::to_string(form.version)));
  const bool busy = form.phase == FormPhase::saving;
  ImGui::BeginDisabled(busy);
  if (ImGui::BeginTable("##form.layout", 2, ImGuiTableFlags_SizingStretchProp)) {
    ImGui::TableSetupColumn("fields", ImGuiTableColumnFlags_WidthStretch, 0.56f);
    ImGui::TableSetupColumn("credits", ImGuiTableColumnFlags_WidthStretch, 0.44f);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    draw_fields(form, ctx);
    ImGui::TableSetColumnIndex(1);
    draw_credits_editor(edits_.credits, form, ctx);
    ImGui::EndTable();
  }
  ImGui::EndDisabled();

  // Messages for fields the form does not show (e.g. id) or the whole record.
  std::string other;
  for (const auto& e : form.field_errors) {
    static constexpr std::array<std::string_view, 9> kShown{
        "title",  "type",       "release_year", "runtime",    "age_certification",
        "genres", "production_countries", "imdb_score", "description"};
    const bool credit = e.field.rfind("credits[", 0) == 0;  // shown under its row
    if (std::find(kShown.begin(), kShown.end(), e.field) == kShown.end() && e.field != "version" &&
        !credit)
      other += e.field + ": " + e.message + "\n";
  }
  widgets::gap(ctx, 6);
  ctx.text("form.conflict", form.conflict ? "true" : "false");
  if (form.conflict) {
    error_line("Someone saved this title after you opened it (you edited version " +
                   std::to_string(form.version) +
                   "). Reload to start again from the saved version; your edits here are "
                   "replaced.",
               "form.message", ctx);
  } else if (!form.error.empty()) {
    error_line(form.error, "form.message", ctx);
    if (!other.empty()) error_line(other, "form.other", ctx);
  }
  if (form.conflict) {
    if (widgets::button("Reload###form.reload", ctx, widgets::Tone::primary, !busy)) {
      ctx.actions.emplace_back(SaveMovieForm{edits_});  // in conflict: reloads
    }
  } else if (widgets::button(creating ? "Create###form.save" : "Save###form.save", ctx,
                             widgets::Tone::primary, !busy)) {
    ctx.actions.emplace_back(SaveMovieForm{edits_});
  }
  widgets::flow(widgets::button_width("Cancel###form.cancel"));
  if (widgets::button("Cancel###form.cancel", ctx)) ctx.actions.emplace_back(CloseMovieForm{});
  if (busy) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
}

void AdminMoviesView::draw_fields(const MovieFormState& form, const ViewContext& ctx) {
  const float px = ctx.px();
  const float label_w = 170.0f * px;
  const float field_w =
      std::min(560.0f * px, ImGui::GetContentRegionAvail().x - label_w - 8.0f * px);
  auto field = [&](const char* label, const char* key, const char* server_field,
                   std::string& value) {
    ImGui::AlignTextToFramePadding();
    ImGui::TextUnformatted(label);
    ImGui::SameLine(label_w);
    ImGui::SetNextItemWidth(field_w);
    const std::string id = std::string("###form.") + key;
    ImGui::InputText(id.c_str(), &value);
    ctx.track(id);
    const auto message = form.field_error(server_field);
    if (!message.empty()) {
      ImGui::SetCursorPosX(ImGui::GetCursorPosX() + label_w);
      error_line(message, std::string("form.error.") + server_field, ctx);
    }
  };
  field("Title", "title", "title", edits_.title);
  field("Type (MOVIE/SHOW)", "type", "type", edits_.type);
  field("Release year", "year", "release_year", edits_.release_year);
  field("Runtime (min)", "runtime", "runtime", edits_.runtime);
  field("Certification", "certification", "age_certification", edits_.age_certification);
  field("Genres", "genres", "genres", edits_.genres);
  field("Countries", "countries", "production_countries", edits_.production_countries);
  field("IMDB score", "score", "imdb_score", edits_.imdb_score);
  field("Description", "description", "description", edits_.description);
}

std::unique_ptr<View> make_admin_movies_view() {
  return std::make_unique<AdminMoviesView>();
}

}  // namespace moviedb::client::views
