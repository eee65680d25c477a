#pragma once
// Admin: people. Search by name (Enter or Search), page through the server's
// list; choosing a person shows their filmography beside it, and a title
// there opens in the movie form.
//
// Bridge items: people.search, people.apply, people.prev, people.next,
// people.open.<i>, people.title.<j>. Texts: people.status, people.total,
// people.page, people.row.<i> ("name (n titles)"), filmography.status,
// filmography.name, filmography.row.<j> ("year title ROLE character").
#include <string>

#include "views/view.hpp"

namespace moviedb::client::views {

class AdminPeopleView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  void draw_list(const AppState& state, const ViewContext& ctx);
  void draw_filmography(const AppState& state, const ViewContext& ctx);

  std::string q_;
};

}  // namespace moviedb::client::views
