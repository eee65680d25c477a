#include "views/credits_editor.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

// The server names a row's problems "credits[i].name" and the like.
std::string row_errors(const MovieFormState& form, std::size_t i) {
  const std::string prefix = "credits[" + std::to_string(i) + "]";
  std::string out;
  for (const auto& e : form.field_errors) {
    if (e.field.rfind(prefix, 0) != 0) continue;
    const auto field = e.field.size() > prefix.size() + 1 ? e.field.substr(prefix.size() + 1) : "";
    out += (out.empty() ? "" : "; ") + (field.empty() ? "" : field + " ") + e.message;
  }
  return out;
}

void role_button(CreditRow& row, const char* role, const char* label, const std::string& id,
                 const ViewContext& ctx) {
  const bool on = row.role == role;
  if (widgets::button(std::string(label) + "###" + id, ctx,
                      on ? widgets::Tone::selected : widgets::Tone::secondary))
    row.role = role;
}

// One row; false when its Remove was pressed.
bool draw_row(CreditRow& row, std::size_t i, const MovieFormState& form, const ViewContext& ctx) {
  const float px = ctx.px();
  const std::string n = "form.credit." + std::to_string(i);
  ImGui::SetNextItemWidth(170.0f * px);
  // A renamed row is another person: the server derives the id from the name.
  if (ImGui::InputTextWithHint(("###" + n + ".name").c_str(), "Person", &row.name))
    row.person_id.clear();
  ctx.track("###" + n + ".name");
  ImGui::SameLine();
  role_button(row, "ACTOR", "Actor", n + ".actor", ctx);
  ImGui::SameLine(0, 2.0f * px);
  role_button(row, "DIRECTOR", "Director", n + ".director", ctx);
  ImGui::SameLine();
  const ImGuiStyle& style = ImGui::GetStyle();
  const float remove_w =
      ImGui::CalcTextSize("×").x + style.FramePadding.x * 2 + style.ItemSpacing.x;
  ImGui::SetNextItemWidth(std::max(60.0f * px, ImGui::GetContentRegionAvail().x - remove_w));
  ImGui::InputTextWithHint(("###" + n + ".character").c_str(), "Character", &row.character);
  ctx.track("###" + n + ".character");
  ImGui::SameLine();
  const bool removed = widgets::button("×###" + n + ".remove", ctx, widgets::Tone::danger);
  widgets::item_tooltip("Remove this credit");
  ctx.text(n, row.name + " " + row.role + (row.character.empty() ? "" : " " + row.character));
  if (const auto message = row_errors(form, i); !message.empty()) {
    ImGui::TextColored(ui::kBad, "%s", message.c_str());
    ctx.text("form.error.credits." + std::to_string(i), message);
  }
  return !removed;
}

}  // namespace

void draw_credits_editor(std::vector<CreditRow>& rows, const MovieFormState& form,
                         const ViewContext& ctx) {
  widgets::section_label("Credits (" + std::to_string(rows.size()) + ")");
  ctx.text("form.credits", std::to_string(rows.size()));
  // As tall as the form's other fields beside it; longer casts scroll.
  ImGui::BeginChild("##form.credits", ImVec2(0, 7.0f * ImGui::GetFrameHeightWithSpacing()),
                    ImGuiChildFlags_None, widgets::kPanelFlags);
  if (rows.empty()) widgets::muted("No credits yet.");
  for (std::size_t i = 0; i < rows.size();) {
    if (draw_row(rows[i], i, form, ctx)) {
      ++i;
    } else {
      rows.erase(rows.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  ImGui::EndChild();
  if (widgets::button("+ Add credit###form.credit.add", ctx)) rows.push_back({});
}

}  // namespace moviedb::client::views
