#pragma once
// A person's filmography, newest first; a row opens the title.
//
// Bridge items: person.back, person.retry, person.row.<i>. Texts:
// person.status, person.name, person.count, person.row.<i> (title).
#include "views/view.hpp"

namespace moviedb::client::views {

class PersonView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;
};

}  // namespace moviedb::client::views
