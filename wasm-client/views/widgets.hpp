#pragma once
// Small building blocks every view shares, so spacing, colours and the test
// bridge's bookkeeping look and behave the same everywhere. Labels follow
// ImGui's "visible###id" convention; each helper tracks its widget under
// bridge::item_key(label).
#include <imgui.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "views/view.hpp"

namespace moviedb::client::views::widgets {

enum class Tone { secondary, primary, selected, danger };

// Every panel (child window) is flattened for keyboard navigation: Tab goes
// from one panel into the next as on a web page, instead of stopping at its edge.
inline constexpr ImGuiWindowFlags kPanelFlags = ImGuiWindowFlags_NavFlattened;

// A button in our palette; `enabled` false greys it out (and it is still tracked).
bool button(const std::string& label, const ViewContext& ctx, Tone tone = Tone::secondary,
            bool enabled = true, float width = 0.0f);
// Text that acts like a link (names, titles); underlined on hover.
bool link(const std::string& label, const ViewContext& ctx);
// A spinning arc that animates with the clock; never blocks.
void spinner(const ViewContext& ctx, float radius_css = 8.0f);
// A bar for work whose progress nobody reports: a block sliding to and fro
// across the available width, `label` written over it.
void busy_bar(std::string_view label, const ViewContext& ctx);
// "< Prev  Page N of M  Next >" (items <key>.prev, <key>.next; text
// <key>.page): the page asked for, or 0.
std::int64_t pager(std::int64_t page, std::int64_t pages, const std::string& key,
                   const ViewContext& ctx);
// Text cut with "…" to `width` px; shows the full text in a tooltip on hover
// when cut. Returns whether it was cut.
bool text_ellipsis(std::string_view text, float width, const ImVec4& colour);
// The same drawn at `pos` (screen px) without taking space or a tooltip.
bool draw_ellipsis(ImVec2 pos, float width, std::string_view text, const ImVec4& colour);
// A table of records that keeps its columns readable: narrower than
// `min_width_css` it scrolls sideways with its first `pinned` columns held in
// place; its header row always stays. The caller sets up the columns and
// ends it with ImGui::EndTable when this returns true. `height` 0 fills the
// remaining space, at least 320 CSS px (the page scrolls on a short screen).
bool data_table(const char* id, int columns, ImGuiTableFlags flags, float min_width_css, int pinned,
                const ViewContext& ctx, float height = 0.0f);
// The height of a table row that holds text or a button: a finger's on touch
// screens.
float row_height(const ViewContext& ctx);
// Table cells in rows of `row_h` px: one line of text centred vertically, cut
// with "…" (tooltip with the whole text) to the column.
void centre_line(float row_h);
void cell_text(std::string_view text, const ImVec4& colour, float row_h);
// A compact tooltip with `text` (now / when the last item is hovered long enough).
void tooltip(std::string_view text);
void item_tooltip(std::string_view text);
void muted(std::string_view text);
void muted_wrapped(std::string_view text);
// A title in the heading font, published to the bridge under `key`.
void heading(std::string_view text, const ViewContext& ctx, std::string_view key = {});
// A heading followed on the same line by a muted note, baselines aligned.
void heading_with_note(std::string_view text, std::string_view note, const ViewContext& ctx);
// A small uppercase label above a group of controls.
void section_label(std::string_view text);
// A centred message for empty results.
void empty_state(std::string_view title, std::string_view body);
// An error in red with a Retry button; true when Retry was pressed.
bool error_panel(std::string_view message, const std::string& retry_label, const ViewContext& ctx);
// "Sign in to …" with a Sign in button (for screens that need an account).
void sign_in_card(std::string_view reason, const ViewContext& ctx);
// A pill-shaped tag (genres, certification).
void tag(std::string_view text);
// Starts a row of small tags; wraps when the line is full.
void tags(const std::vector<std::string>& items);
// Puts the next item beside the last one when `width` px still fit on this
// line, else at the start of the next: rows of buttons and fields wrap on a
// narrow screen instead of running off its edge. Call between two items.
void flow(float width, float spacing = -1.0f);
// The width of a button (or other framed widget) showing `label`'s visible part.
float button_width(std::string_view label);
// The width of `text` in the current font.
float text_width(std::string_view text);
// Vertical gap in CSS px.
void gap(const ViewContext& ctx, float css_px);

}  // namespace moviedb::client::views::widgets
