// A title and a person: loading them, recording a view once per open, and the
// like / dislike / watched toggles (optimistic, rolled back when refused).
#include "app/built_in_screen.hpp"
#include "app/controller.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"
#include "state/interactions.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

namespace {

constexpr const char* kSignInToReact = "Sign in to like, dislike or mark titles as watched.";

}  // namespace

void Controller::on(const OpenMovie& a) {
  if (a.id.empty()) return;
  const Route route{Screen::movie, a.id};
  if (state_.nav.current == route) {
    load_movie(false);
    return;
  }
  state_.nav.push(route);
  auto& movie = state_.movie;
  movie.id = a.id;
  movie.load.reset();
  movie.movie = {};
  movie.credits.clear();
  movie.viewer.reset();
  movie.writes_in_flight = 0;
  ++movie.opens;
  load_movie(true);
}

void Controller::on(const OpenPerson& a) {
  if (a.id.empty()) return;
  const Route route{Screen::person, a.id};
  if (state_.nav.current == route) return;
  state_.nav.push(route);
  state_.person.id = a.id;
  state_.person.load.reset();
  state_.person.person = {};
  state_.person.credits.clear();
  load_person();
}

void Controller::load_movie(bool record) {
  auto& movie = state_.movie;
  if (movie.id.empty()) return;
  const auto generation = movie.load.begin();
  const std::string id = movie.id;
  api_.get(net::api_url(paths::fill_path(paths::kMovie, {id})),
           [this, generation, id, record](const net::HttpResponse& response) {
             auto& movie = state_.movie;
             if (movie.id != id || !movie.load.current(generation)) return;
             std::string why;
             auto detail =
                 response.ok() ? net::decode_movie_detail(response.body, &why) : std::nullopt;
             if (!detail) {
               movie.load.fail(net::failure_text(response, why));
               return;
             }
             movie.movie = std::move(detail->movie);
             movie.credits = std::move(detail->credits);
             if (movie.writes_in_flight == 0) movie.viewer = detail->viewer;
             movie.load.succeed();
             if (record && state_.session.signed_in()) record_view(id);
           });
}

void Controller::record_view(const std::string& movie_id) {
  api_.send_json("POST", net::api_url(paths::fill_path(paths::kMovieViews, {movie_id})), "",
                 [this](const net::HttpResponse& response) {
                   if (!response.ok()) return;  // a lost view is not worth interrupting anyone
                   if (auto summary = net::decode_interaction_summary(response.body)) {
                     apply_interaction(state_, *summary, InteractionKind::view);
                   }
                 });
}

void Controller::load_person() {
  auto& person = state_.person;
  if (person.id.empty()) return;
  const auto generation = person.load.begin();
  const std::string id = person.id;
  api_.get(net::api_url(paths::fill_path(paths::kPerson, {id})),
           [this, generation, id](const net::HttpResponse& response) {
             auto& person = state_.person;
             if (person.id != id || !person.load.current(generation)) return;
             std::string why;
             auto detail =
                 response.ok() ? net::decode_person_detail(response.body, &why) : std::nullopt;
             if (!detail) {
               person.load.fail(net::failure_text(response, why));
               return;
             }
             person.person = std::move(detail->person);
             person.credits = std::move(detail->credits);
             sort_filmography(person.credits);
             person.load.succeed();
           });
}

void Controller::on(const SetReaction& a) {
  if (!state_.session.signed_in()) return require_sign_in(kSignInToReact);
  auto& movie = state_.movie;
  std::function<void()> rollback = [] {};
  if (movie.id == a.movie_id && movie.load.phase != LoadPhase::idle) {
    if (movie.writes_in_flight > 0) return;  // the toggles wait for the last change
    net::Viewer viewer = movie.viewer.value_or(net::Viewer{});
    if (viewer.reaction == a.reaction) return;
    const auto before_viewer = movie.viewer;
    const auto before_counters = counters_of(movie.movie);
    net::Counters counters = before_counters;
    predict_reaction(viewer, counters, a.reaction);
    movie.viewer = viewer;
    set_counters(movie.movie, counters);
    rollback = [this, id = a.movie_id, before_viewer, before_counters] {
      if (state_.movie.id != id) return;
      state_.movie.viewer = before_viewer;
      set_counters(state_.movie.movie, before_counters);
    };
  }
  const auto url = net::api_url(paths::fill_path(paths::kMovieReaction, {a.movie_id}));
  if (a.reaction) {
    send_interaction("PUT", url, net::encode_reaction(*a.reaction), a.movie_id,
                     InteractionKind::reaction, std::move(rollback));
  } else {
    send_interaction("DELETE", url, "", a.movie_id, InteractionKind::reaction, std::move(rollback));
  }
}

void Controller::on(const SetWatched& a) {
  if (!state_.session.signed_in()) return require_sign_in(kSignInToReact);
  auto& movie = state_.movie;
  std::function<void()> rollback = [] {};
  if (movie.id == a.movie_id && movie.load.phase != LoadPhase::idle) {
    if (movie.writes_in_flight > 0) return;
    net::Viewer viewer = movie.viewer.value_or(net::Viewer{});
    if (viewer.watched == a.watched) return;
    const auto before_viewer = movie.viewer;
    const auto before_counters = counters_of(movie.movie);
    net::Counters counters = before_counters;
    predict_watched(viewer, counters, a.watched);
    movie.viewer = viewer;
    set_counters(movie.movie, counters);
    rollback = [this, id = a.movie_id, before_viewer, before_counters] {
      if (state_.movie.id != id) return;
      state_.movie.viewer = before_viewer;
      set_counters(state_.movie.movie, before_counters);
    };
  }
  send_interaction(a.watched ? "PUT" : "DELETE",
                   net::api_url(paths::fill_path(paths::kMovieWatched, {a.movie_id})), "",
                   a.movie_id, InteractionKind::watched, std::move(rollback));
}

void Controller::send_interaction(std::string method, std::string url, std::string body,
                                  std::string movie_id, InteractionKind kind,
                                  std::function<void()> rollback) {
  const bool tracked = state_.movie.id == movie_id;
  if (tracked) ++state_.movie.writes_in_flight;
  api_.send_json(
      std::move(method), std::move(url), std::move(body),
      [this, movie_id, kind, tracked,
       rollback = std::move(rollback)](const net::HttpResponse& response) {
        if (tracked && state_.movie.id == movie_id && state_.movie.writes_in_flight > 0) {
          --state_.movie.writes_in_flight;
        }
        std::string why;
        auto summary =
            response.ok() ? net::decode_interaction_summary(response.body, &why) : std::nullopt;
        if (!summary) {
          rollback();
          if (response.ok()) {
            state_.toasts.push(ToastKind::error, why, state_.now);
          } else {
            show_error(net::parse_api_error(response));
          }
          return;
        }
        apply_interaction(state_, *summary, kind);
      });
}

void Controller::show_movie(bool again) {
  if (state_.movie.id != state_.nav.current.id) {
    state_.movie.id = state_.nav.current.id;
    state_.movie.load.reset();
  }
  if (again || state_.movie.load.wanted()) load_movie(false);
}

void Controller::show_person(bool again) {
  if (state_.person.id != state_.nav.current.id) {
    state_.person.id = state_.nav.current.id;
    state_.person.load.reset();
  }
  if (again || state_.person.load.wanted()) load_person();
}

std::unique_ptr<ScreenLogic> make_movie_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_movie);
}

std::unique_ptr<ScreenLogic> make_person_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_person);
}

}  // namespace moviedb::client
