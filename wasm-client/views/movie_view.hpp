#pragma once
// One title: every field, the caller's like / dislike / watched toggles and
// the community counts, the description, facts and credits (a name opens the
// person's filmography).
//
// Bridge items: movie.back, movie.like, movie.dislike, movie.watched,
// movie.retry, person.<person_id> (each credit). Texts: movie.status (load
// phase), movie.error, movie.id, movie.title, movie.likes, movie.dislikes,
// movie.watched_count, movie.views, movie.reaction (like | dislike | none),
// movie.watched (true | false), movie.busy (a change is in flight).
#include "views/view.hpp"

namespace moviedb::client::views {

class MovieView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
