// Signing in, creating an account, signing out, and the session kept for the
// tab (sessionStorage) across reloads.
#include "app/controller.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"
#include "state/interactions.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

void Controller::on(const SetAuthMode& a) {
  if (state_.auth.busy) return;
  state_.auth.mode = a.mode;
  state_.auth.clear_messages();
}

void Controller::on(const SubmitAuth& a) {
  auto& auth = state_.auth;
  if (auth.busy || auth.wait_seconds(state_.now) > 0 || state_.session.signed_in()) return;
  auth.clear_messages();
  auth.field_errors = check_credentials(auth.mode, a.username, a.password);
  if (!auth.field_errors.empty()) return;

  auth.busy = true;
  const bool create = auth.mode == AuthMode::create_account;
  net::HttpRequest request;
  request.method = "POST";
  request.url = net::api_url(create ? paths::kRegister : paths::kLogin);
  request.headers.push_back({"Content-Type", "application/json"});
  request.body = net::encode_credentials(a.username, a.password, create ? a.display_name : "");
  request.with_token = false;
  api_.send(std::move(request), [this](const net::HttpResponse& response) {
    auto& auth = state_.auth;
    auth.busy = false;
    if (!response.ok()) {
      const auto error = net::parse_api_error(response);
      auth.error = error.message;
      auth.field_errors = error.details;
      if (error.status == 429) {
        auth.retry_at = state_.now + error.retry_after_seconds.value_or(1);
      }
      return;
    }
    std::string why;
    auto result = net::decode_auth(response.body, &why);
    if (!result) {
      auth.error = why;
      return;
    }
    signed_in(std::move(result->token), std::move(result->user));
  });
}

void Controller::on(const SignOut&) {
  if (state_.session.phase == SessionPhase::anonymous) return;
  // Revoke the token on the server; locally the session ends at once.
  api_.send_json("POST", net::api_url(paths::kLogout), "", [](const net::HttpResponse&) {});
  api_.set_token({});
  storage_.remove(kTokenKey);
  state_.session = {};
  forget_user_data(state_);
  const auto completed = state_.auth.completed;
  state_.auth = {};
  state_.auth.completed = completed + 1;  // the form starts empty
  state_.nav.go({Screen::login, {}});
  state_.toasts.push(ToastKind::info, "Signed out.", state_.now);
}

void Controller::restore_session() {
  std::string token = storage_.get(kTokenKey);
  if (token.empty()) return;
  state_.session.phase = SessionPhase::restoring;
  state_.session.token = token;
  api_.set_token(token);
  api_.get(net::api_url(paths::kMe), [this, token](const net::HttpResponse& response) {
    if (state_.session.phase != SessionPhase::restoring || state_.session.token != token) return;
    if (response.status == 401) return;  // session_expired() already ran
    std::string why;
    auto user = response.ok() ? net::decode_user(response.body, &why) : std::nullopt;
    if (!user) {
      // The token may still be good (the server was unreachable): keep it for
      // the next reload, browse anonymously meanwhile.
      api_.set_token({});
      state_.session = {};
      state_.toasts.push(ToastKind::error, net::failure_text(response, why), state_.now);
      return;
    }
    state_.session.phase = SessionPhase::signed_in;
    state_.session.user = std::move(*user);
    if (state_.screen() == Screen::login && !state_.nav.can_go_back()) {
      state_.nav.go({Screen::browse, {}});
    }
  });
}

void Controller::signed_in(std::string token, domain::User user) {
  api_.set_token(token);
  storage_.set(kTokenKey, token);
  state_.session.phase = SessionPhase::signed_in;
  state_.session.token = std::move(token);
  state_.session.user = std::move(user);
  forget_user_data(state_);
  auto& auth = state_.auth;
  auth.clear_messages();
  auth.prompt.clear();
  auth.retry_at = 0;
  ++auth.completed;
  finish_sign_in_navigation();
}

void Controller::finish_sign_in_navigation() {
  if (state_.screen() != Screen::login) return;
  // Admins land in their workspace unless the sign-in interrupted something.
  if (is_admin(state_.session) && state_.nav.history.empty()) {
    state_.nav.go({Screen::admin_movies, {}});
    return;
  }
  if (!state_.nav.back()) state_.nav.go({Screen::browse, {}});
}

void Controller::session_expired(const net::HttpResponse& response) {
  const bool quietly = state_.session.phase == SessionPhase::restoring;
  api_.set_token({});
  storage_.remove(kTokenKey);
  state_.session = {};
  forget_user_data(state_);
  if (!quietly) {
    state_.toasts.push(ToastKind::error, net::parse_api_error(response).message, state_.now);
  }
}

}  // namespace moviedb::client
