// Admin mode, browsing what users made: people with their filmographies,
// and every user's interactions, both paged by the server.
#include <algorithm>

#include "app/built_in_screen.hpp"
#include "app/controller.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

void Controller::on(const SetPeopleSearch& a) {
  auto& people = state_.admin.people;
  people.q = a.q;
  people.page = 1;
  load_people();
}

void Controller::on(const SetPeoplePage& a) {
  auto& people = state_.admin.people;
  people.page = std::clamp<std::int64_t>(a.page, 1, people.pages());
  load_people();
}

void Controller::load_people() {
  if (!is_admin(state_.session)) return;
  auto& people = state_.admin.people;
  const auto generation = people.load.begin();
  api_.get(
      net::api_url(paths::kPeople, people_params(people)),
      [this, generation](const net::HttpResponse& response) {
        auto& people = state_.admin.people;
        if (!people.load.current(generation)) return;
        std::string why;
        auto page = response.ok() ? net::decode_person_page(response.body, &why) : std::nullopt;
        if (!page) return people.load.fail(net::failure_text(response, why));
        people.items = std::move(page->items);
        people.total = page->total;
        people.load.succeed();
      });
}

void Controller::on(const ShowFilmography& a) {
  auto& people = state_.admin.people;
  people.selected = a.person_id;
  people.filmography = {};
  people.filmography_load.reset();
  if (!a.person_id.empty()) load_filmography();
}

void Controller::load_filmography() {
  auto& people = state_.admin.people;
  const auto generation = people.filmography_load.begin();
  api_.get(net::api_url(paths::fill_path(paths::kPerson, {people.selected})),
           [this, generation](const net::HttpResponse& response) {
             auto& people = state_.admin.people;
             if (!people.filmography_load.current(generation)) return;
             std::string why;
             auto detail =
                 response.ok() ? net::decode_person_detail(response.body, &why) : std::nullopt;
             if (!detail) {
               return people.filmography_load.fail(net::failure_text(response, why));
             }
             sort_filmography(detail->credits);
             people.filmography = std::move(*detail);
             people.filmography_load.succeed();
           });
}

void Controller::on(const SetActivityFilter& a) {
  auto& activity = state_.admin.activity;
  activity.filter = a.filter;
  activity.page = 1;
  load_activity();
}

void Controller::on(const SetActivityPage& a) {
  auto& activity = state_.admin.activity;
  activity.page = std::clamp<std::int64_t>(a.page, 1, activity.pages());
  load_activity();
}

void Controller::load_activity() {
  if (!is_admin(state_.session)) return;
  auto& activity = state_.admin.activity;
  const auto generation = activity.load.begin();
  api_.get(
      net::api_url(paths::kAdminInteractions, activity_params(activity)),
      [this, generation](const net::HttpResponse& response) {
        auto& activity = state_.admin.activity;
        if (!activity.load.current(generation)) return;
        std::string why;
        auto page =
            response.ok() ? net::decode_interaction_page(response.body, &why) : std::nullopt;
        if (!page) {
          return activity.load.fail(net::failure_text(response, why));
        }
        activity.items = std::move(page->items);
        activity.total = page->total;
        activity.load.succeed();
      });
}

void Controller::show_admin_people(bool again) {
  if (again || state_.admin.people.load.wanted()) load_people();
}

void Controller::show_admin_activity(bool again) {
  if (again || state_.admin.activity.load.wanted()) load_activity();
}

std::unique_ptr<ScreenLogic> make_admin_people_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_people);
}

std::unique_ptr<ScreenLogic> make_admin_activity_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_activity);
}

}  // namespace moviedb::client
