// The catalog, recommendations (personalised and the preference search) and
// the caller's own lists with undo.
#include <algorithm>

#include "app/built_in_screen.hpp"
#include "app/controller.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

void Controller::on(const SetCatalogFilter& a) {
  auto& catalog = state_.catalog;
  if (a.exclude_interacted && !state_.session.signed_in()) {
    return require_sign_in("Sign in to hide the titles you have already rated or watched.");
  }
  if (catalog.exclude_interacted == a.exclude_interacted) return;
  catalog.exclude_interacted = a.exclude_interacted;
  load_catalog();
}

void Controller::load_catalog() {
  auto& catalog = state_.catalog;
  const auto generation = catalog.load.begin();
  net::Query query;
  if (catalog.exclude_interacted && state_.session.signed_in()) {
    query.emplace_back("exclude_interacted", "true");
  }
  api_.get(net::api_url(paths::kCatalog, query),
           [this, generation](const net::HttpResponse& response) {
             auto& catalog = state_.catalog;
             if (!catalog.load.current(generation)) return;
             std::string why;
             auto page = response.ok() ? net::decode_movie_page(response.body, &why) : std::nullopt;
             if (!page) {
               catalog.load.fail(net::failure_text(response, why));
               return;
             }
             catalog.items = std::move(page->items);
             catalog.load.succeed();
           });
}

void Controller::load_recommendations() {
  auto& recs = state_.recommendations;
  const auto generation = recs.load.begin();
  api_.get(net::api_url(paths::kRecommendations), [this,
                                                   generation](const net::HttpResponse& response) {
    auto& recs = state_.recommendations;
    if (!recs.load.current(generation)) return;
    std::string why;
    auto items = response.ok() ? net::decode_recommendations(response.body, &why) : std::nullopt;
    if (!items) {
      recs.load.fail(net::failure_text(response, why));
      return;
    }
    recs.items = std::move(*items);
    recs.load.succeed();
  });
}

void Controller::on(const SearchPreferences& a) {
  if (!state_.session.signed_in()) {
    return require_sign_in("Sign in to get recommendations.");
  }
  if (a.query.empty()) return;
  auto& recs = state_.recommendations;
  recs.preference = a.query;
  const auto generation = recs.preference_load.begin();
  net::Query query;
  if (!a.query.type.empty()) query.emplace_back("type", a.query.type);
  if (!a.query.genre.empty()) query.emplace_back("genre", a.query.genre);
  if (!a.query.actor.empty()) query.emplace_back("actor", a.query.actor);
  if (!a.query.director.empty()) query.emplace_back("director", a.query.director);
  api_.get(net::api_url(paths::kRecommendations, query),
           [this, generation](const net::HttpResponse& response) {
             auto& recs = state_.recommendations;
             if (!recs.preference_load.current(generation)) return;
             std::string why;
             auto items =
                 response.ok() ? net::decode_recommendations(response.body, &why) : std::nullopt;
             if (!items) {
               recs.preference_load.fail(net::failure_text(response, why));
               return;
             }
             recs.preference_items = std::move(*items);
             recs.preference_load.succeed();
           });
}

void Controller::on(const SetListTab& a) {
  state_.lists.tab = a.kind;
}

void Controller::on(const LoadMoreList& a) {
  const auto& list = state_.lists.of(a.kind);
  if (!state_.session.signed_in() || list.load.loading() || !list.more()) return;
  load_list(a.kind, true);
}

void Controller::load_list(ListKind kind, bool next_page) {
  auto& list = state_.lists.of(kind);
  const auto generation = list.load.begin();
  const std::int64_t page = next_page ? list.pages_loaded + 1 : 1;
  const auto [key, value] = list_filter(kind);
  const net::Query query{{key, value},
                         {"page", std::to_string(page)},
                         {"page_size", std::to_string(InteractionList::kPageSize)}};
  api_.get(net::api_url(paths::kMyInteractions, query), [this, kind, generation,
                                                         page](const net::HttpResponse& response) {
    auto& list = state_.lists.of(kind);
    if (!list.load.current(generation)) return;
    std::string why;
    auto answer = response.ok() ? net::decode_interaction_page(response.body, &why) : std::nullopt;
    if (!answer) {
      list.load.fail(net::failure_text(response, why));
      return;
    }
    if (page == 1) list.items.clear();
    for (auto& item : answer->items) list.items.push_back(std::move(item));
    list.total =
        std::max<std::int64_t>(answer->total, static_cast<std::int64_t>(list.items.size()));
    list.pages_loaded = page;
    list.load.succeed();
  });
}

void Controller::on(const UndoListItem& a) {
  if (!state_.session.signed_in()) return require_sign_in("Sign in to change your lists.");
  auto& list = state_.lists.of(a.kind);
  const auto it =
      std::find_if(list.items.begin(), list.items.end(),
                   [&a](const domain::Interaction& i) { return i.movie_id == a.movie_id; });
  if (it == list.items.end()) return;
  // Off the list at once; back in its place if the server refuses.
  const auto index = static_cast<std::size_t>(it - list.items.begin());
  domain::Interaction removed = *it;
  list.items.erase(it);
  list.total = std::max<std::int64_t>(0, list.total - 1);
  const auto generation = list.load.generation;
  auto rollback = [this, kind = a.kind, index, removed, generation] {
    auto& list = state_.lists.of(kind);
    if (list.load.generation != generation) {
      list.load.stale = true;  // reloaded meanwhile: fetch the truth again
      return;
    }
    list.items.insert(
        list.items.begin() + static_cast<std::ptrdiff_t>(std::min(index, list.items.size())),
        removed);
    ++list.total;
  };
  const bool watched = a.kind == ListKind::watched;
  send_interaction("DELETE",
                   net::api_url(paths::fill_path(
                       watched ? paths::kMovieWatched : paths::kMovieReaction, {a.movie_id})),
                   "", a.movie_id, watched ? InteractionKind::watched : InteractionKind::reaction,
                   std::move(rollback));
}

void Controller::show_catalog(bool again) {
  if (again || state_.catalog.load.wanted()) load_catalog();
}

void Controller::show_recommendations(bool again) {
  if (state_.session.signed_in() && (again || state_.recommendations.load.wanted()))
    load_recommendations();
  if (!again && state_.genres.load.phase == LoadPhase::idle) load_genres();
}

void Controller::show_lists(bool again) {
  if (state_.session.signed_in() && (again || state_.lists.of(state_.lists.tab).load.wanted()))
    load_list(state_.lists.tab, false);
}

std::unique_ptr<ScreenLogic> make_catalog_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_catalog);
}

std::unique_ptr<ScreenLogic> make_recommendations_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_recommendations);
}

std::unique_ptr<ScreenLogic> make_lists_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_lists);
}

}  // namespace moviedb::client
