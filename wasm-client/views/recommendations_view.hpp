#pragma once
// "For you": personalised suggestions, each with the server's one-line
// reason, and the preference search (type, genre, actor, director → top 3).
//
// Bridge items: recs.refresh, recs.retry, recs.row.<i>, pref.type (choices
// pref.type.<any|MOVIE|SHOW>), pref.genre (choices pref.genre.<name>),
// pref.actor, pref.director, pref.find, pref.row.<i>. Texts: recs.status,
// recs.ids, recs.reason.<i>, pref.status, pref.ids, pref.error.
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class RecommendationsView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  void preference_panel(const AppState& state, const ViewContext& ctx);

  std::string type_;
  std::string genre_;
  std::string actor_;
  std::string director_;
};

}  // namespace moviedb::client::views
