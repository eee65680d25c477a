#include "views/admin_dashboard_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <string>

#include "ui/format.hpp"
#include "ui/theme.hpp"
#include "views/admin_tabs.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

constexpr ImVec4 kLike{0.40f, 0.80f, 0.52f, 1.0f};
constexpr ImVec4 kDislike{0.96f, 0.45f, 0.42f, 1.0f};
constexpr ImVec4 kWatched{0.45f, 0.65f, 0.98f, 1.0f};
constexpr ImVec4 kViews{0.96f, 0.71f, 0.26f, 1.0f};

// A "nice" axis maximum ≥ v (1, 2, 5 × 10^n; at least 4).
double nice_max(double v) {
  if (v <= 4) return 4;  // small counts: whole-number gridlines 0..4
  const double p = std::pow(10.0, std::floor(std::log10(v)));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * p >= v) return m * p;
  }
  return 10 * p;
}

// Frame, horizontal grid lines and y labels; returns the plot rectangle.
void axes(ImDrawList* draw, ImVec2 a, ImVec2 b, double max, float px) {
  const ImU32 grid = ImGui::GetColorU32(ui::kBorder);
  const ImU32 label = ImGui::GetColorU32(ui::kMuted);
  for (int i = 0; i <= 4; ++i) {
    const float y = b.y - (b.y - a.y) * static_cast<float>(i) / 4.0f;
    draw->AddLine(ImVec2(a.x, y), ImVec2(b.x, y), grid);
    const std::string text = ui::thousands(static_cast<std::int64_t>(std::llround(max * i / 4.0)));
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    draw->AddText(ImVec2(a.x - size.x - 6.0f * px, y - size.y * 0.5f), label, text.c_str());
  }
  draw->AddLine(a, ImVec2(a.x, b.y), ImGui::GetColorU32(ui::kMuted));
  draw->AddLine(ImVec2(a.x, b.y), b, ImGui::GetColorU32(ui::kMuted));
}

// Its gaps scale with the display (px), like the charts it labels.
void legend(std::initializer_list<std::pair<const char*, ImVec4>> items, float px) {
  bool first = true;
  for (const auto& [name, colour] : items) {
    const float h = ImGui::GetTextLineHeight();
    if (!first) widgets::flow(h * 0.5f + 4.0f * px + widgets::text_width(name), 14.0f * px);
    first = false;
    const ImVec2 p = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(p.x, p.y + h * 0.25f),
                                              ImVec2(p.x + h * 0.5f, p.y + h * 0.75f),
                                              ImGui::GetColorU32(colour), 2.0f * px);
    ImGui::Dummy(ImVec2(h * 0.5f, h));
    ImGui::SameLine(0, 4.0f * px);
    widgets::muted(name);
  }
}

struct Plot {
  ImDrawList* draw;
  ImVec2 a, b;  // corners of the plotting area
  double max;   // the value at the top grid line
};

// Reserves a chart's space (published on the bridge as `id`) and draws its
// axes up to a nice maximum above `highest`; with no data it says `empty_note`
// there instead and returns nothing to plot.
std::optional<Plot> chart(const char* id, const ViewContext& ctx, float width, float height,
                          float bottom, double highest, bool empty, const char* empty_note) {
  const float px = ctx.px();
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton(id, ImVec2(width, height));
  ctx.track(id);
  Plot plot{ImGui::GetWindowDrawList(), ImVec2(origin.x + 56.0f * px, origin.y + 6.0f * px),
            ImVec2(origin.x + width - 8.0f * px, origin.y + height - bottom * px),
            nice_max(highest)};
  axes(plot.draw, plot.a, plot.b, plot.max, px);
  if (!empty) return plot;
  plot.draw->AddText(ImVec2(plot.a.x + 12 * px, plot.a.y + 12 * px), ImGui::GetColorU32(ui::kMuted),
                     empty_note);
  return std::nullopt;
}

void genre_bars(const domain::Stats& s, const ViewContext& ctx, float width, float height) {
  const float px = ctx.px();
  const auto& rows = s.reactions_per_genre;
  const std::size_t n = std::min<std::size_t>(rows.size(), 12);
  double highest = 0;
  for (std::size_t i = 0; i < n; ++i) {
    highest = std::max<double>({highest, double(rows[i].likes), double(rows[i].dislikes)});
  }
  const auto plot =
      chart("###dashboard.genres", ctx, width, height, 40.0f, highest, n == 0, "No reactions yet");
  if (!plot) return;
  ImDrawList* draw = plot->draw;
  const ImVec2 a = plot->a, b = plot->b;
  const double max = plot->max;
  const float slot = (b.x - a.x) / static_cast<float>(n);
  const float bar = std::min(slot * 0.36f, 28.0f * px);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < n; ++i) {
    const auto& g = rows[i];
    const float cx = a.x + slot * (static_cast<float>(i) + 0.5f);
    const auto bar_at = [&](float x0, std::int64_t v, ImVec4 colour, const char* what) {
      const float h = static_cast<float>(v / max) * (b.y - a.y);
      const ImVec2 p0(x0, b.y - h), p1(x0 + bar, b.y);
      const bool hover = mouse.x >= p0.x && mouse.x <= p1.x && mouse.y >= a.y && mouse.y <= p1.y;
      ImVec4 c = colour;
      if (!hover) c.w = 0.8f;
      draw->AddRectFilled(p0, p1, ImGui::GetColorU32(c), 2.0f * px);
      if (hover) {
        const std::string text = g.genre + ": " + ui::thousands(v) + " " + what;
        widgets::tooltip(text);
        ctx.text("dashboard.hover", text);
      }
    };
    bar_at(cx - bar - 1.0f * px, g.likes, kLike, "likes");
    bar_at(cx + 1.0f * px, g.dislikes, kDislike, "dislikes");
    std::string name = g.genre;
    if (ImGui::CalcTextSize(name.c_str()).x > slot - 4 * px && name.size() > 6)
      name = name.substr(0, 5) + "…";
    const ImVec2 size = ImGui::CalcTextSize(name.c_str());
    draw->AddText(ImVec2(cx - size.x * 0.5f, b.y + 6.0f * px), ImGui::GetColorU32(ui::kMuted),
                  name.c_str());
  }
}

void activity_lines(const domain::Stats& s, const ViewContext& ctx, float width, float height) {
  const float px = ctx.px();
  const auto& days = s.activity;
  double highest = 0;
  for (const auto& d : days) {
    highest = std::max<double>(
        {highest, double(d.likes), double(d.dislikes), double(d.watched), double(d.views)});
  }
  const auto plot = chart("###dashboard.activity", ctx, width, height, 28.0f, highest, days.empty(),
                          "No activity in the last 30 days");
  if (!plot) return;
  ImDrawList* draw = plot->draw;
  const ImVec2 a = plot->a, b = plot->b;
  const double max = plot->max;
  const std::size_t n = days.size();
  const auto x_of = [&](std::size_t i) {
    return n == 1 ? (a.x + b.x) * 0.5f
                  : a.x + (b.x - a.x) * static_cast<float>(i) / static_cast<float>(n - 1);
  };
  const auto y_of = [&](std::int64_t v) { return b.y - static_cast<float>(v / max) * (b.y - a.y); };
  const std::array<std::pair<std::int64_t domain::DayActivity::*, ImVec4>, 4> series{{
      {&domain::DayActivity::views, kViews},
      {&domain::DayActivity::watched, kWatched},
      {&domain::DayActivity::likes, kLike},
      {&domain::DayActivity::dislikes, kDislike},
  }};
  for (const auto& [member, colour] : series) {
    std::vector<ImVec2> points;
    for (std::size_t i = 0; i < n; ++i) points.emplace_back(x_of(i), y_of(days[i].*member));
    draw->AddPolyline(points.data(), static_cast<int>(points.size()), ImGui::GetColorU32(colour),
                      ImDrawFlags_None, 2.0f * px);
    for (const auto& p : points) draw->AddCircleFilled(p, 2.5f * px, ImGui::GetColorU32(colour));
  }
  // x labels: first, middle, last day.
  for (std::size_t i : {std::size_t{0}, n / 2, n - 1}) {
    const std::string day = days[i].day.size() >= 10 ? days[i].day.substr(5) : days[i].day;
    const ImVec2 size = ImGui::CalcTextSize(day.c_str());
    draw->AddText(ImVec2(x_of(i) - size.x * 0.5f, b.y + 6.0f * px), ImGui::GetColorU32(ui::kMuted),
                  day.c_str());
  }
  // Hover: the nearest day's values.
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  if (mouse.x >= a.x - 4 && mouse.x <= b.x + 4 && mouse.y >= a.y && mouse.y <= b.y) {
    std::size_t best = 0;
    for (std::size_t i = 1; i < n; ++i) {
      if (std::fabs(x_of(i) - mouse.x) < std::fabs(x_of(best) - mouse.x)) best = i;
    }
    draw->AddLine(ImVec2(x_of(best), a.y), ImVec2(x_of(best), b.y), ImGui::GetColorU32(ui::kMuted));
    const auto& d = days[best];
    const std::string text = d.day + ": " + ui::thousands(d.views) + " views, " +
                             ui::thousands(d.watched) + " watched, " + ui::thousands(d.likes) +
                             " likes, " + ui::thousands(d.dislikes) + " dislikes";
    widgets::tooltip(text);
    ctx.text("dashboard.hover", text);
  }
}

void ranked(const char* title, const char* key, const std::vector<domain::RankedMovie>& items,
            const char* unit, const ViewContext& ctx) {
  widgets::section_label(title);
  if (items.empty()) widgets::muted("Nothing yet.");
  for (std::size_t i = 0; i < items.size() && i < 10; ++i) {
    const auto& m = items[i];
    const std::string line =
        std::to_string(i + 1) + ". " + m.title + " — " + ui::thousands(m.count) + " " + unit;
    ImGui::TextUnformatted(line.c_str());
    ctx.text(std::string(key) + "." + std::to_string(i), m.title + " " + std::to_string(m.count));
  }
}

}  // namespace

void AdminDashboardView::draw(const AppState& state, const ViewContext& ctx) {
  const auto& st = state.admin.stats;
  const float px = ctx.px();
  widgets::heading_with_note("Dashboard", "admin workspace", ctx);
  draw_admin_tabs(state, ctx);
  ctx.text("dashboard.status", to_string(st.load.phase));
  if (widgets::button("Refresh###dashboard.refresh", ctx, widgets::Tone::secondary,
                      !st.load.loading())) {
    ctx.actions.emplace_back(Reload{});
  }
  if (st.load.loading()) {
    ImGui::SameLine();
    widgets::spinner(ctx);
  }
  if (st.load.phase == LoadPhase::failed) {
    if (widgets::error_panel(st.load.error, "Retry###dashboard.retry", ctx))
      ctx.actions.emplace_back(Reload{});
    return;
  }
  if (st.load.phase != LoadPhase::ready && st.load.phase != LoadPhase::loading) return;
  const auto& s = st.stats;

  // Totals.
  const std::array<std::pair<const char*, std::int64_t>, 9> totals{{
      {"movies", s.movies},
      {"shows", s.shows},
      {"people", s.people},
      {"users", s.users},
      {"interactions", s.interactions},
      {"likes", s.likes},
      {"dislikes", s.dislikes},
      {"watched", s.watched},
      {"views", s.views},
  }};
  widgets::gap(ctx, 4);
  for (std::size_t i = 0; i < totals.size(); ++i) {
    const std::string value = ui::thousands(totals[i].second);
    ImGui::PushFont(ctx.fonts.heading());
    const float width = widgets::text_width(value);
    ImGui::PopFont();
    if (i > 0) widgets::flow(std::max(width, widgets::text_width(totals[i].first)), 22.0f * px);
    ImGui::BeginGroup();
    ImGui::PushFont(ctx.fonts.heading());
    ImGui::TextUnformatted(value.c_str());
    ImGui::PopFont();
    widgets::muted(totals[i].first);
    ImGui::EndGroup();
    ctx.text(std::string("dashboard.") + totals[i].first, std::to_string(totals[i].second));
  }
  widgets::gap(ctx, 8);

  // Two charts side by side on a desktop, one above the other on a phone.
  const bool stacked = ctx.compact();
  const float avail = ImGui::GetContentRegionAvail().x;
  const float chart_w = stacked ? avail : (avail - 24.0f * px) * 0.5f;
  const float chart_h = 230.0f * px;
  ImGui::BeginGroup();
  widgets::section_label("Reactions per genre");
  legend({{"likes", kLike}, {"dislikes", kDislike}}, px);
  genre_bars(s, ctx, chart_w, chart_h);
  ImGui::EndGroup();
  if (stacked) {
    widgets::gap(ctx, 8);
  } else {
    ImGui::SameLine(0, 24.0f * px);
  }
  ImGui::BeginGroup();
  widgets::section_label("Activity, last 30 days");
  legend({{"views", kViews}, {"watched", kWatched}, {"likes", kLike}, {"dislikes", kDislike}}, px);
  activity_lines(s, ctx, chart_w, chart_h);
  ImGui::EndGroup();

  widgets::gap(ctx, 8);
  ImGui::BeginGroup();
  ranked("Top liked", "dashboard.top_liked", s.top_liked, "likes", ctx);
  ImGui::EndGroup();
  if (stacked) {
    widgets::gap(ctx, 8);
  } else {
    ImGui::SameLine(chart_w + 24.0f * px + ImGui::GetStyle().WindowPadding.x);
  }
  ImGui::BeginGroup();
  ranked("Top viewed", "dashboard.top_viewed", s.top_viewed, "views", ctx);
  ImGui::EndGroup();
}

std::unique_ptr<View> make_admin_dashboard_view() {
  return std::make_unique<AdminDashboardView>();
}

}  // namespace moviedb::client::views
