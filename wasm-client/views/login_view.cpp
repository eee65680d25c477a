#include "views/login_view.hpp"

#include <imgui.h>
#include <misc/cpp/imgui_stdlib.h>

#include <algorithm>
#include <string>

#include "ui/theme.hpp"
#include "views/widgets.hpp"

namespace moviedb::client::views {

namespace {

void server_status(const HealthState& health, const ViewContext& ctx) {
  ctx.text("server.status", to_string(health.phase));
  switch (health.phase) {
    case HealthPhase::idle:
    case HealthPhase::checking:
      widgets::muted("Connecting to the server…");
      break;
    case HealthPhase::ok: {
      ImGui::TextColored(ui::kGood, "●");
      ImGui::SameLine();
      widgets::muted("Server version: " + health.version);
      ctx.text("server.version", health.version);
      break;
    }
    case HealthPhase::failed:
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
      ImGui::TextWrapped("%s", health.error.c_str());
      ImGui::PopStyleColor();
      ctx.text("server.error", health.error);
      if (widgets::button("Retry", ctx)) ctx.actions.emplace_back(RetryHealthCheck{});
      break;
  }
}

void field_error(const AuthForm& auth, const char* field, const ViewContext& ctx) {
  const auto message = auth.field_error(field);
  if (message.empty()) return;
  ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(message.data(), message.data() + message.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
  ctx.text(std::string("login.field.") + field, message);
}

// A labelled full-width text field; true when Enter was pressed in it.
bool field(const char* label, const char* id, std::string& value, ImGuiInputTextFlags flags,
           const char* hint, const ViewContext& ctx) {
  ImGui::TextUnformatted(label);
  ImGui::SetNextItemWidth(-1.0f);
  const bool enter =
      ImGui::InputTextWithHint(id, hint, &value, flags | ImGuiInputTextFlags_EnterReturnsTrue);
  ctx.track(id);
  return enter;
}

}  // namespace

void LoginView::draw(const AppState& state, const ViewContext& ctx) {
  const AuthForm& auth = state.auth;
  const float px = ctx.px();
  const bool appeared = ImGui::GetFrameCount() - last_frame_ > 1;
  last_frame_ = ImGui::GetFrameCount();
  if (auth.completed != completed_seen_) {
    // Signed in (or out): the next person starts from an empty form.
    completed_seen_ = auth.completed;
    password_.clear();
    display_name_.clear();
    show_password_ = false;
  }

  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  const float width = std::min(460.0f * px, viewport->WorkSize.x - 32.0f * px);
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Always, ImVec2(0.5f, 0.5f));
  ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
  constexpr ImGuiWindowFlags kFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                      ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                      ImGuiWindowFlags_NoSavedSettings |
                                      ImGuiWindowFlags_AlwaysAutoResize;
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ui::kPanel);
  if (ImGui::Begin("moviedb##landing", nullptr, kFlags)) {
    ImGui::PushFont(ctx.fonts.title());
    ImGui::TextColored(ui::kAccent, "moviedb");
    ImGui::PopFont();
    ctx.text("title", "moviedb");
    widgets::muted_wrapped("Search and explore films, like them, mark what you have watched.");
    widgets::gap(ctx, 6);

    if (!auth.prompt.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kAccent);
      ImGui::TextWrapped("%s", auth.prompt.c_str());
      ImGui::PopStyleColor();
      ctx.text("login.prompt", auth.prompt);
    }

    if (state.session.phase == SessionPhase::restoring) {
      // A token kept by this tab is being checked: no form to fill meanwhile.
      widgets::gap(ctx, 4);
      widgets::spinner(ctx, 9.0f);
      ImGui::SameLine();
      widgets::muted("Restoring your session…");
      widgets::gap(ctx, 8);
      server_status(state.health, ctx);
      ImGui::End();
      ImGui::PopStyleColor();
      return;
    }

    const bool create = auth.mode == AuthMode::create_account;
    ctx.text("login.mode", create ? "create_account" : "sign_in");
    widgets::heading(create ? "Create an account" : "Sign in", ctx);
    widgets::gap(ctx, 2);

    bool submit = false;
    if (appeared) ImGui::SetKeyboardFocusHere();
    submit |= field("Username", "###login.username", username_, ImGuiInputTextFlags_None,
                    "your-name", ctx);
    field_error(auth, "username", ctx);
    if (create) {
      submit |= field("Display name (optional)", "###login.display_name", display_name_,
                      ImGuiInputTextFlags_None, "How others see you", ctx);
      field_error(auth, "display_name", ctx);
    }

    ImGui::TextUnformatted("Password");
    const float show_w = ImGui::CalcTextSize("Show").x + ImGui::GetFrameHeight() +
                         ImGui::GetStyle().ItemInnerSpacing.x;
    ImGui::SetNextItemWidth(-(show_w + ImGui::GetStyle().ItemSpacing.x));
    submit |= ImGui::InputTextWithHint(
        "###login.password", create ? "at least 8 characters" : "", &password_,
        ImGuiInputTextFlags_EnterReturnsTrue | (show_password_ ? 0 : ImGuiInputTextFlags_Password));
    ctx.track("###login.password");
    ImGui::SameLine();
    ImGui::Checkbox("Show###login.show_password", &show_password_);
    ctx.track("Show###login.show_password");
    field_error(auth, "password", ctx);

    const int wait = auth.wait_seconds(state.now);
    if (!auth.error.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ui::kBad);
      ImGui::PushTextWrapPos(0.0f);
      ImGui::TextUnformatted(auth.error.c_str());
      ImGui::PopTextWrapPos();
      ImGui::PopStyleColor();
      ctx.text("login.error", auth.error);
    }
    if (wait > 0) ctx.text("login.wait", std::to_string(wait));

    widgets::gap(ctx, 4);
    const bool can_submit = !auth.busy && wait == 0;
    std::string label = auth.busy  ? (create ? "Creating your account…" : "Signing in…")
                        : wait > 0 ? "Try again in " + std::to_string(wait) + " s"
                        : create   ? "Create account"
                                   : "Sign in";
    label += "###login.submit";
    submit |= widgets::button(label, ctx, widgets::Tone::primary, can_submit, -1.0f);
    if (submit && can_submit) {
      ctx.actions.emplace_back(SubmitAuth{username_, password_, create ? display_name_ : ""});
    }

    widgets::gap(ctx, 4);
    ImGui::Separator();
    widgets::gap(ctx, 2);
    widgets::muted(create ? "Already have an account?" : "New here?");
    ImGui::SameLine();
    if (widgets::link(create ? "Sign in instead###login.mode" : "Create an account###login.mode",
                      ctx)) {
      ctx.actions.emplace_back(SetAuthMode{create ? AuthMode::sign_in : AuthMode::create_account});
    }
    if (state.nav.can_go_back()) {
      if (widgets::link("← Back###login.back", ctx)) ctx.actions.emplace_back(GoBack{});
    } else if (widgets::link("Browse without an account →###login.anonymous", ctx)) {
      ctx.actions.emplace_back(Navigate{Screen::browse});
    }

    widgets::gap(ctx, 8);
    server_status(state.health, ctx);
  }
  ImGui::End();
  ImGui::PopStyleColor();
}

std::unique_ptr<View> make_login_view() {
  return std::make_unique<LoginView>();
}

}  // namespace moviedb::client::views
