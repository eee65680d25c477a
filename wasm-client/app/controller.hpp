#pragma once
// The one place that turns actions into requests and responses into state.
// Lives on the main loop; views only read AppState and append Actions.
// Its parts are split by feature: controller.cpp (dispatch, navigation,
// health), auth_actions.cpp, browse_actions.cpp, movie_actions.cpp,
// lists_actions.cpp (catalog, recommendations, my lists), admin_actions.cpp,
// admin_bulk_actions.cpp (export, bulk delete) and admin_browse_actions.cpp
// (people, interactions). What each screen loads is its ScreenLogic
// (app/screen_logic.hpp): the screens built in here have a show_<screen>
// member beside their factory; later screens live in their own files.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/screen_logic.hpp"
#include "net/api_client.hpp"
#include "net/errors.hpp"
#include "platform/session_storage.hpp"
#include "state/actions.hpp"
#include "state/app_state.hpp"
#include "state/interactions.hpp"

namespace moviedb::client {

class Controller {
 public:
  // All three must outlive the controller.
  Controller(AppState& state, net::ApiClient& api, SessionStorage& storage);

  // First requests of a session: the health check, and the tab's saved
  // session if there is one.
  void start(double now);

  // Top of every frame: advance the clock, run response handlers, expire
  // toasts, start a debounced search that is due and load what the current
  // screen needs.
  void update(double now);

  // Shows a toast (for conditions the platform reports, e.g. a missing font).
  void notify(ToastKind kind, std::string text);

  // Opens the platform's file dialog (the browser's <input type=file>); the
  // chosen file comes back as an ImportFileChosen action.
  void set_file_picker(std::function<void()> picker) { file_picker_ = std::move(picker); }

  // Hands a file to the user (on the web a download): name, MIME type, bytes.
  using FileSaver = std::function<void(const std::string&, const std::string&, const std::string&)>;
  void set_file_saver(FileSaver saver) { file_saver_ = std::move(saver); }

  // Puts the page's link to a #/ address on the platform's clipboard.
  void set_link_copier(std::function<void(const std::string&)> copier) {
    link_copier_ = std::move(copier);
  }

  // An address waits to be opened (a session is still being restored).
  bool address_pending() const { return pending_address_.has_value(); }

  void apply(const Action& action);
  void apply_all(Actions& actions);  // applies in order, then clears

 private:
  // The built-in screens' factories name their show_<screen> members.
#define MOVIEDB_SCREEN(id, ...) friend std::unique_ptr<ScreenLogic> make_##id##_logic(ScreenKit&);
#include "state/screens.def"
#undef MOVIEDB_SCREEN

  // controller.cpp
  void on(const RetryHealthCheck&);
  void on(const DismissToast&);
  void on(const Navigate&);
  void on(const GoBack&);
  void on(const OpenAddress&);
  void open_pending_address();
  void on(const FocusSearch&);
  void on(const CopyLink&);
  void on(const Reload&);
  void on(const ScreenAction&);
  void check_health();
  void load_current_screen();
  // The screen's logic, when the caller may see the screen (admin screens
  // need an admin); otherwise nullptr.
  ScreenLogic* visible_logic(Screen screen);
  void show_login(bool again);
  void require_sign_in(std::string why);
  void show_error(const net::ApiError& error);

  // auth_actions.cpp
  void on(const SetAuthMode&);
  void on(const SubmitAuth&);
  void on(const SignOut&);
  void restore_session();
  void signed_in(std::string token, domain::User user);
  void session_expired(const net::HttpResponse& response);
  void finish_sign_in_navigation();

  // browse_actions.cpp
  void on(const SetBrowseQuery&);
  void on(const ClearFilters&);
  void on(const ShowResultRows&);
  void on(const RetrySearch&);
  void show_browse(bool again);
  void start_search();
  void load_result_page(std::int64_t page);
  void load_genres();

  // movie_actions.cpp
  void on(const OpenMovie&);
  void on(const OpenPerson&);
  void on(const SetReaction&);
  void on(const SetWatched&);
  void show_movie(bool again);
  void show_person(bool again);
  void load_movie(bool record_view);
  void record_view(const std::string& movie_id);
  void load_person();
  // A reaction/watched write already predicted in state: the server's answer
  // is applied everywhere, a refusal runs `rollback` and shows its message.
  void send_interaction(std::string method, std::string url, std::string body, std::string movie_id,
                        InteractionKind kind, std::function<void()> rollback);

  // lists_actions.cpp
  void on(const SetCatalogFilter&);
  void on(const SearchPreferences&);
  void on(const SetListTab&);
  void on(const UndoListItem&);
  void on(const LoadMoreList&);
  void show_catalog(bool again);
  void show_recommendations(bool again);
  void show_lists(bool again);
  void load_catalog();
  void load_recommendations();
  void load_list(ListKind kind, bool next_page);

  // admin_actions.cpp
  void on(const SetAdminQuery&);
  void on(const SetAdminPage&);
  void on(const ToggleAdminSelect&);
  void on(const OpenMovieForm&);
  void on(const SaveMovieForm&);
  void on(const CloseMovieForm&);
  void on(const AskDeleteMovie&);
  void on(const ConfirmDeleteMovie&);
  void on(const PickImportFile&);
  void on(const ImportFileChosen&);
  void on(const SetImportFormat&);
  void on(const RunImport&);
  void on(const SaveImportReport&);
  void on(const SetUserSearch&);
  void on(const CreateUser&);
  void on(const ChangeUser&);
  void on(const AskDeleteUser&);
  void on(const ConfirmDeleteUser&);
  void load_users();
  void on(const SetAuditFilter&);
  void load_stats();
  void load_cluster();
  void load_audit();
  void show_admin_movies(bool again);
  void show_admin_import(bool again);
  void show_admin_users(bool again);
  void show_admin_dashboard(bool again);
  void show_admin_cluster(bool again);
  void show_admin_audit(bool again);
  void load_admin_movies();
  void load_movie_form(const std::string& id);

  // admin_bulk_actions.cpp
  void on(const ExportMovies&);
  void on(const PreviewBulkDelete&);
  void on(const ConfirmBulkDelete&);
  void on(const CancelBulkDelete&);
  void bulk_deleted(std::int64_t count);

  // admin_browse_actions.cpp
  void on(const SetPeopleSearch&);
  void on(const SetPeoplePage&);
  void on(const ShowFilmography&);
  void on(const SetActivityFilter&);
  void on(const SetActivityPage&);
  void show_admin_people(bool again);
  void show_admin_activity(bool again);
  void load_people();
  void load_filmography();
  void load_activity();

  AppState& state_;
  net::ApiClient& api_;
  SessionStorage& storage_;
  std::function<void()> file_picker_;
  FileSaver file_saver_;
  std::function<void(const std::string&)> link_copier_;
  std::optional<std::string> pending_address_;  // OpenAddress not opened yet
  ScreenKit kit_;
  std::vector<std::unique_ptr<ScreenLogic>> screens_;  // indexed by Screen
};

}  // namespace moviedb::client
