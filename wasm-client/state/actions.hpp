#pragma once
// What a view may ask for. Views append actions while drawing; the controller
// applies them after the frame, so views never fetch or mutate state.
#include <cstdint>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "domain/interaction.hpp"
#include "domain/movie_query.hpp"
#include "state/admin.hpp"
#include "state/collections.hpp"
#include "state/screen.hpp"
#include "state/screen_action.hpp"
#include "state/session.hpp"

namespace moviedb::client {

struct RetryHealthCheck {};
struct DismissToast {
  std::uint64_t id = 0;
};

// --- navigation
struct Navigate {  // a top-level screen, or the sign-in form (pushed)
  Screen screen = Screen::browse;
};
struct GoBack {};
struct OpenAddress {  // the page's address changed: a link, Back/Forward, a reload
  std::string hash;
};
struct FocusSearch {};  // "/": the browse screen with the search box focused
struct CopyLink {       // puts the link to a screen (its #/ address) on the clipboard
  std::string address;
};

// --- account
struct SetAuthMode {
  AuthMode mode = AuthMode::sign_in;
};
struct SubmitAuth {
  std::string username;
  std::string password;
  std::string display_name;  // create_account only
};
struct SignOut {};

// --- browse
struct SetBrowseQuery {
  domain::MovieQuery query;
  bool debounce = false;  // typing: wait for a pause before searching
};
struct ClearFilters {};
struct ShowResultRows {  // the table shows rows [first, last): load what is missing
  std::int64_t first = 0;
  std::int64_t last = 0;
};
struct RetrySearch {};

// --- titles and people
struct OpenMovie {
  std::string id;
};
struct OpenPerson {
  std::string id;
};
struct SetReaction {  // nullopt clears
  std::string movie_id;
  std::optional<domain::Reaction> reaction;
};
struct SetWatched {
  std::string movie_id;
  bool watched = false;
};

// --- catalog, recommendations, lists
struct SetCatalogFilter {
  bool exclude_interacted = false;
};
struct Reload {  // the current screen's data, fetched again
};
struct SearchPreferences {
  PreferenceQuery query;
};
struct SetListTab {
  ListKind kind = ListKind::liked;
};
struct UndoListItem {  // takes a title off a list (clears the reaction / watched flag)
  ListKind kind = ListKind::liked;
  std::string movie_id;
};
struct LoadMoreList {
  ListKind kind = ListKind::liked;
};

// --- admin: movies
struct SetAdminQuery {  // filters and sort of the admin table (back to page 1)
  domain::MovieQuery query;
};
struct SetAdminPage {
  std::int64_t page = 1;
};
struct ToggleAdminSelect {  // "" with `all`: tick/untick every row shown
  std::string id;
  bool all = false;
  bool on = false;
};
struct OpenMovieForm {  // "" creates a new title; otherwise loads the latest version
  std::string id;
};
struct SaveMovieForm {
  MovieFormFields fields;
};
struct CloseMovieForm {};
struct AskDeleteMovie {  // "" id cancels
  std::string id;
  std::string title;
};
struct ConfirmDeleteMovie {};
struct ExportMovies {  // the table's filtered list as a file: "json" or "csv"
  std::string format = "json";
};
struct PreviewBulkDelete {  // superadmin: a dry run that counts what would go
  bool selection = false;   // the ticked rows; otherwise the table's filters
};
struct ConfirmBulkDelete {  // deletes when `typed` is the count or "delete N"
  std::string typed;
};
struct CancelBulkDelete {};

// --- admin: import
struct PickImportFile {  // opens the browser's file dialog for one of the files
  ImportSlot slot = ImportSlot::file;
};
struct ImportFileChosen {  // the page handed over a file's bytes
  std::string name;
  std::string bytes;
};
struct SetImportFormat {
  std::string format;
};
struct RunImport {
  bool dry_run = true;
};
struct SaveImportReport {};  // the last result and its rejected records, as JSON

// --- admin: people and interactions
struct SetPeopleSearch {
  std::string q;
};
struct SetPeoplePage {
  std::int64_t page = 1;
};
struct ShowFilmography {  // "" closes it
  std::string person_id;
};
struct SetActivityFilter {
  ActivityFilter filter;
};
struct SetActivityPage {
  std::int64_t page = 1;
};

// --- admin: users
struct SetUserSearch {
  std::string q;
};
struct CreateUser {
  std::string username;
  std::string password;
  std::string role = "user";
  std::string display_name;
};
struct ChangeUser {
  std::string id;
  UserChange change;
};
struct AskDeleteUser {  // "" cancels
  std::string id;
};
struct ConfirmDeleteUser {};

// --- admin: audit log
struct SetAuditFilter {
  AuditFilter filter;
};

using Action =
    std::variant<RetryHealthCheck, DismissToast, Navigate, GoBack, OpenAddress, FocusSearch,
                 CopyLink, ScreenAction, SetAuthMode, SubmitAuth, SignOut, SetBrowseQuery,
                 ClearFilters, ShowResultRows, RetrySearch, OpenMovie, OpenPerson, SetReaction,
                 SetWatched, SetCatalogFilter, Reload, SearchPreferences, SetListTab, UndoListItem,
                 LoadMoreList, SetAdminQuery, SetAdminPage, ToggleAdminSelect, OpenMovieForm,
                 SaveMovieForm, CloseMovieForm, AskDeleteMovie, ConfirmDeleteMovie, ExportMovies,
                 PreviewBulkDelete, ConfirmBulkDelete, CancelBulkDelete, PickImportFile,
                 ImportFileChosen, SetImportFormat, RunImport, SaveImportReport, SetPeopleSearch,
                 SetPeoplePage, ShowFilmography, SetActivityFilter, SetActivityPage, SetUserSearch,
                 CreateUser, ChangeUser, AskDeleteUser, ConfirmDeleteUser, SetAuditFilter>;
using Actions = std::vector<Action>;

}  // namespace moviedb::client
