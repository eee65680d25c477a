// Admin mode, movies: the server-side table, the create/edit form (with the
// server's per-field messages and stale-version conflicts) and delete.
#include <algorithm>

#include "app/built_in_screen.hpp"
#include "app/controller.hpp"
#include "domain/api_paths.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"

namespace moviedb::client {

namespace paths = domain::paths;

// Admin screens fetch what they lack; a session without the role (say, after
// a demotion) is sent back to browsing.
void Controller::on(const SetAdminQuery& a) {
  auto& movies = state_.admin.movies;
  movies.query = a.query;
  movies.page = 1;
  load_admin_movies();
}

void Controller::on(const SetAdminPage& a) {
  auto& movies = state_.admin.movies;
  const auto page = std::clamp<std::int64_t>(a.page, 1, movies.last_page());
  if (page == movies.page && movies.load.phase == LoadPhase::ready) return;
  movies.page = page;
  load_admin_movies();
}

void Controller::on(const ToggleAdminSelect& a) {
  auto& movies = state_.admin.movies;
  if (a.all) {
    for (const auto& m : movies.items) {
      if (a.on) {
        movies.selected.insert(m.id);
      } else {
        movies.selected.erase(m.id);
      }
    }
    return;
  }
  if (a.on) {
    movies.selected.insert(a.id);
  } else {
    movies.selected.erase(a.id);
  }
}

void Controller::load_admin_movies() {
  if (!is_admin(state_.session)) return;
  auto& movies = state_.admin.movies;
  const auto generation = movies.load.begin();
  api_.get(net::api_url(paths::kMovies, admin_movies_params(movies)),
           [this, generation](const net::HttpResponse& response) {
             auto& movies = state_.admin.movies;
             if (!movies.load.current(generation)) return;
             std::string why;
             auto page = response.ok() ? net::decode_movie_page(response.body, &why) : std::nullopt;
             if (!page) {
               movies.load.fail(net::failure_text(response, why));
               return;
             }
             movies.items = std::move(page->items);
             movies.total = page->total;
             movies.total_exact = page->total_exact;
             movies.load.succeed();
           });
}

void Controller::on(const OpenMovieForm& a) {
  if (!is_admin(state_.session)) return;
  auto& form = state_.admin.form;
  form = {.loaded = form.loaded + 1};
  form.id = a.id;
  form.phase = FormPhase::editing;
  if (!a.id.empty()) load_movie_form(a.id);
}

// The latest version of the title: the form starts (again) from it.
void Controller::load_movie_form(const std::string& id) {
  state_.admin.form.phase = FormPhase::saving;  // read-only until loaded
  api_.get(net::api_url(paths::fill_path(paths::kMovie, {id})),
           [this, id](const net::HttpResponse& response) {
             auto& form = state_.admin.form;
             if (form.id != id || !form.open()) return;
             std::string why;
             auto detail =
                 response.ok() ? net::decode_movie_detail(response.body, &why) : std::nullopt;
             form.phase = FormPhase::editing;
             if (!detail) {
               form.error = net::failure_text(response, why);
               return;
             }
             form.fields = form_fields(detail->movie, detail->credits);
             form.server_credits = form.fields.credits;
             form.version = detail->movie.version;
             form.error.clear();
             form.field_errors.clear();
             form.conflict = false;
             ++form.loaded;
           });
}

void Controller::on(const SaveMovieForm& a) {
  auto& form = state_.admin.form;
  if (!form.open() || form.phase == FormPhase::saving) return;
  if (form.conflict) {  // "Reload": start again from the server's version
    load_movie_form(form.id);
    return;
  }
  const bool creating = form.id.empty();
  // Credits are replaced only when the form changed them.
  const bool with_credits = a.fields.credits != form.server_credits;
  form.phase = FormPhase::saving;
  form.fields = a.fields;
  const std::string id = form.id;
  auto body = encode_movie_form(a.fields, creating ? std::nullopt : std::optional(form.version),
                                with_credits);
  const std::string url =
      creating ? net::api_url(paths::kMovies) : net::api_url(paths::fill_path(paths::kMovie, {id}));
  api_.send_json(creating ? "POST" : "PATCH", url, std::move(body),
                 [this, id, creating](const net::HttpResponse& response) {
                   auto& form = state_.admin.form;
                   if (form.id != id || form.phase != FormPhase::saving) return;
                   form.phase = FormPhase::editing;
                   if (!response.ok()) {
                     const auto error = net::parse_api_error(response);
                     form.error = error.message;
                     form.field_errors = error.details;
                     form.conflict = response.status == 409 && error.code == "stale_version";
                     return;
                   }
                   std::string why;
                   auto detail = net::decode_movie_detail(response.body, &why);
                   const std::string title = detail ? detail->movie.title : form.fields.title;
                   state_.toasts.push(ToastKind::info,
                                      (creating ? "Created “" : "Saved “") + title + "”.",
                                      state_.now);
                   state_.admin.form = {.loaded = form.loaded + 1};
                   state_.admin.movies.load.stale = true;
                   state_.browse.searched = false;  // user search shows the change
                 });
}

void Controller::on(const CloseMovieForm&) {
  state_.admin.form = {.loaded = state_.admin.form.loaded + 1};
}

void Controller::on(const AskDeleteMovie& a) {
  if (state_.admin.pending_delete.busy) return;
  state_.admin.pending_delete = {a.id, a.title, false};
}

void Controller::on(const ConfirmDeleteMovie&) {
  auto& pending = state_.admin.pending_delete;
  if (pending.id.empty() || pending.busy || !is_admin(state_.session)) return;
  pending.busy = true;
  const std::string id = pending.id;
  api_.send_json("DELETE", net::api_url(paths::fill_path(paths::kMovie, {id})), "",
                 [this, id](const net::HttpResponse& response) {
                   auto& pending = state_.admin.pending_delete;
                   const std::string title = pending.title;
                   if (pending.id == id) pending = {};
                   if (!response.ok()) {
                     show_error(net::parse_api_error(response));
                     return;
                   }
                   state_.toasts.push(ToastKind::info, "Deleted “" + title + "”.", state_.now);
                   state_.admin.movies.selected.erase(id);
                   state_.admin.movies.load.stale = true;
                   state_.browse.searched = false;
                 });
}

}  // namespace moviedb::client

// --- bulk import
namespace moviedb::client {

void Controller::on(const PickImportFile& a) {
  if (state_.admin.import.busy() || !is_admin(state_.session)) return;
  state_.admin.import.picking = a.slot;
  if (file_picker_) file_picker_();
}

void Controller::on(const ImportFileChosen& a) {
  auto& import = state_.admin.import;
  if (import.busy()) return;
  if (import.picking == ImportSlot::credits) {
    import.credits_name = a.name;
    import.credits_bytes = a.bytes;
  } else {
    import.file_name = a.name;
    import.bytes = a.bytes;
    if (const auto format = format_for_file(a.name); !format.empty()) import.format = format;
  }
  import.picking = ImportSlot::file;
  import.phase = import.file_name.empty() ? ImportPhase::no_file : ImportPhase::ready;
  import.result.reset();
  import.error.clear();
}

void Controller::on(const SetImportFormat& a) {
  auto& import = state_.admin.import;
  if (import.busy() || import.format == a.format) return;
  import.format = a.format;
  if (import.phase != ImportPhase::no_file) {
    import.phase = ImportPhase::ready;  // a new dry run is needed
    import.result.reset();
  }
}

void Controller::on(const RunImport& a) {
  auto& import = state_.admin.import;
  if (import.busy() || import.phase == ImportPhase::no_file || !is_admin(state_.session)) return;
  if (!a.dry_run && !import.can_import()) return;  // dry run first
  import.phase = a.dry_run ? ImportPhase::dry_running : ImportPhase::importing;
  import.started_at = state_.now;
  import.error.clear();
  const bool dry_run = a.dry_run;
  api_.send(import_request(import, dry_run), [this, dry_run](const net::HttpResponse& response) {
    auto& import = state_.admin.import;
    std::string why;
    auto result = response.ok() ? net::decode_import_result(response.body, &why) : std::nullopt;
    if (!result) {
      import.error = net::failure_text(response, why);
      import.phase = ImportPhase::ready;
      return;
    }
    import.result = std::move(*result);
    import.result_is_dry_run = dry_run;
    import.phase = dry_run ? ImportPhase::checked : ImportPhase::imported;
    if (!dry_run) {
      state_.toasts.push(ToastKind::info,
                         "Imported: " + std::to_string(import.result->inserted) + " inserted, " +
                             std::to_string(import.result->updated) + " updated, " +
                             std::to_string(import.result->rejected) + " rejected.",
                         state_.now);
      state_.admin.movies.load.stale = true;
      state_.browse.searched = false;
    }
  });
}

void Controller::on(const SaveImportReport&) {
  const auto& import = state_.admin.import;
  if (!import.result || !file_saver_) return;
  file_saver_("import-errors.json", "application/json", encode_import_report(import));
}

}  // namespace moviedb::client

// --- users
namespace moviedb::client {

void Controller::load_users() {
  auto& users = state_.admin.users;
  const auto generation = users.load.begin();
  net::Query query{{"page_size", "100"}};
  if (!users.q.empty()) query.emplace_back("q", users.q);
  api_.get(net::api_url(paths::kAdminUsers, query),
           [this, generation](const net::HttpResponse& response) {
             auto& users = state_.admin.users;
             if (!users.load.current(generation)) return;
             std::string why;
             auto page = response.ok() ? net::decode_user_page(response.body, &why) : std::nullopt;
             if (!page) {
               users.load.fail(net::failure_text(response, why));
               return;
             }
             users.items = std::move(page->items);
             users.total = page->total;
             users.load.succeed();
           });
}

void Controller::on(const SetUserSearch& a) {
  state_.admin.users.q = a.q;
  load_users();
}

void Controller::on(const CreateUser& a) {
  auto& users = state_.admin.users;
  if (users.creating || !is_admin(state_.session)) return;
  users.creating = true;
  users.create_error.clear();
  users.create_field_errors.clear();
  api_.send_json("POST", net::api_url(paths::kAdminUsers),
                 encode_new_user(a.username, a.password, a.role, a.display_name),
                 [this, username = a.username](const net::HttpResponse& response) {
                   auto& users = state_.admin.users;
                   users.creating = false;
                   if (!response.ok()) {
                     const auto error = net::parse_api_error(response);
                     users.create_error = error.message;
                     users.create_field_errors = error.details;
                     return;
                   }
                   ++users.created;
                   state_.toasts.push(ToastKind::info, "Created account “" + username + "”.",
                                      state_.now);
                   load_users();
                 });
}

void Controller::on(const ChangeUser& a) {
  auto& users = state_.admin.users;
  if (!users.busy_id.empty() || !is_admin(state_.session)) return;
  users.busy_id = a.id;
  users.message.clear();
  api_.send_json("PATCH", net::api_url(paths::fill_path(paths::kAdminUser, {a.id})),
                 encode_user_change(a.change), [this](const net::HttpResponse& response) {
                   auto& users = state_.admin.users;
                   users.busy_id.clear();
                   if (!response.ok()) {
                     users.message = net::parse_api_error(response).message;
                     show_error(net::parse_api_error(response));
                     return;
                   }
                   std::string why;
                   if (auto user = net::decode_user(response.body, &why)) {
                     for (auto& u : users.items) {
                       if (u.id == user->id) u = *user;
                     }
                   }
                   state_.toasts.push(ToastKind::info, "Account updated.", state_.now);
                 });
}

void Controller::on(const AskDeleteUser& a) {
  state_.admin.users.pending_delete = a.id;
}

void Controller::on(const ConfirmDeleteUser&) {
  auto& users = state_.admin.users;
  if (users.pending_delete.empty() || !users.busy_id.empty()) return;
  const std::string id = users.pending_delete;
  users.busy_id = id;
  users.message.clear();
  api_.send_json("DELETE", net::api_url(paths::fill_path(paths::kAdminUser, {id})), "",
                 [this](const net::HttpResponse& response) {
                   auto& users = state_.admin.users;
                   users.busy_id.clear();
                   users.pending_delete.clear();
                   if (!response.ok()) {
                     users.message = net::parse_api_error(response).message;
                     show_error(net::parse_api_error(response));
                     return;
                   }
                   state_.toasts.push(ToastKind::info, "Account deleted.", state_.now);
                   load_users();
                 });
}

}  // namespace moviedb::client

// --- dashboard, cluster, audit log
namespace moviedb::client {

void Controller::load_stats() {
  auto& stats = state_.admin.stats;
  const auto generation = stats.load.begin();
  api_.get(net::api_url(paths::kAdminStats), [this, generation](const net::HttpResponse& response) {
    auto& stats = state_.admin.stats;
    if (!stats.load.current(generation)) return;
    std::string why;
    auto answer = response.ok() ? net::decode_stats(response.body, &why) : std::nullopt;
    if (!answer) return stats.load.fail(net::failure_text(response, why));
    stats.stats = std::move(*answer);
    stats.load.succeed();
  });
}

void Controller::load_cluster() {
  auto& cluster = state_.admin.cluster;
  const auto generation = cluster.load.begin();
  api_.get(
      net::api_url(paths::kAdminCluster), [this, generation](const net::HttpResponse& response) {
        auto& cluster = state_.admin.cluster;
        if (!cluster.load.current(generation)) return;
        std::string why;
        auto facts = response.ok() ? net::decode_cluster(response.body, &why) : std::nullopt;
        if (!facts) return cluster.load.fail(net::failure_text(response, why));
        ClusterInfo info;
        info.adapter = facts->adapter;
        info.server_version = facts->server_version;
        info.path = facts->path;
        info.collections = facts->collections;
        for (auto& [group, text] : facts->rows) info.rows.push_back({group, text});
        info.notes = facts->notes;
        info.unavailable = facts->unavailable;
        info.documents_per_shard = std::move(facts->documents_per_shard);
        cluster.info = std::move(info);
        cluster.load.succeed();
      });
}

void Controller::on(const SetAuditFilter& a) {
  state_.admin.audit.filter = a.filter;
  load_audit();
}

void Controller::load_audit() {
  auto& audit = state_.admin.audit;
  const auto generation = audit.load.begin();
  api_.get(net::api_url(paths::kAdminAudit, audit_params(audit.filter)),
           [this, generation](const net::HttpResponse& response) {
             auto& audit = state_.admin.audit;
             if (!audit.load.current(generation)) return;
             std::string why;
             auto page = response.ok() ? net::decode_audit_page(response.body, &why) : std::nullopt;
             if (!page) return audit.load.fail(net::failure_text(response, why));
             audit.items = std::move(page->items);
             audit.total = page->total;
             audit.load.succeed();
           });
}

void Controller::show_admin_movies(bool again) {
  if (again || state_.admin.movies.load.wanted()) load_admin_movies();
}

void Controller::show_admin_import(bool) {}

void Controller::show_admin_users(bool again) {
  if (again || state_.admin.users.load.wanted()) load_users();
}

void Controller::show_admin_dashboard(bool again) {
  if (again || state_.admin.stats.load.wanted()) load_stats();
}

void Controller::show_admin_cluster(bool again) {
  if (again || state_.admin.cluster.load.wanted()) load_cluster();
}

void Controller::show_admin_audit(bool again) {
  if (again || state_.admin.audit.load.wanted()) load_audit();
}

std::unique_ptr<ScreenLogic> make_admin_movies_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_movies);
}

std::unique_ptr<ScreenLogic> make_admin_import_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_import);
}

std::unique_ptr<ScreenLogic> make_admin_users_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_users);
}

std::unique_ptr<ScreenLogic> make_admin_dashboard_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_dashboard);
}

std::unique_ptr<ScreenLogic> make_admin_cluster_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_cluster);
}

std::unique_ptr<ScreenLogic> make_admin_audit_logic(ScreenKit& kit) {
  return built_in(kit, &Controller::show_admin_audit);
}

}  // namespace moviedb::client
