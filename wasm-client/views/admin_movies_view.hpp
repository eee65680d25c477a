#pragma once
// Admin: the movies table (server-side sort by column header, filters, paging,
// multi-select), export and bulk delete (views/admin_bulk_bar.hpp), the
// create/edit form with its credits (views/credits_editor.hpp), the server's
// per-field messages and the stale-version conflict with Reload, and delete
// with confirmation.
//
// Bridge items: admin.search, admin.type, admin.year_min, admin.year_max,
// admin.score_min, admin.apply, admin.clear, admin.new, admin.prev, admin.next,
// on a phone admin.more (the filters but the title words, export, bulk delete),
// admin.select_all, admin.select.<i>, admin.edit.<i>, admin.delete.<i>,
// delete.confirm, delete.cancel, form.<field>, form.save, form.cancel,
// form.reload. Texts: admin.movies.status, admin.movies.total, admin.page,
// admin.selected, admin.row.<i> (title), admin.id.<i>, form.open, form.mode,
// form.message, form.conflict, form.error.<field>, delete.pending.
#include <string>

#include "state/admin.hpp"
#include "views/admin_bulk_bar.hpp"
#include "views/view.hpp"

namespace moviedb::client::views {

class AdminMoviesView final : public View {
 public:
  void draw(const AppState& state, const ViewContext& ctx) override;

 private:
  void draw_filters(const AppState& state, const ViewContext& ctx);
  void draw_table(const AppState& state, const ViewContext& ctx);
  void draw_form(const AppState& state, const ViewContext& ctx);
  void draw_fields(const MovieFormState& form, const ViewContext& ctx);
  // The filter fields as typed, over `query` (which keeps its sort).
  domain::MovieQuery query_from_fields(domain::MovieQuery query) const;

  AdminBulkBar bulk_bar_;
  // Filter fields as typed (applied with Enter or Apply).
  std::string q_;
  int type_ = 0;  // 0 any, 1 MOVIE, 2 SHOW
  std::string year_min_;
  std::string year_max_;
  std::string score_min_;
  bool more_open_ = false;  // on a phone: the filters, export and bulk tools are shown
  // The form's edits, re-read from state when it loads new fields.
  MovieFormFields edits_;
  std::uint64_t loaded_seen_ = ~std::uint64_t{0};
};

}  // namespace moviedb::client::views
