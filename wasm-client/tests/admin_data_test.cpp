// Admin mode beyond the movies table: export, bulk delete (dry run, typed
// confirmation, superadmin only), netflix import and its report, credits in
// the movie form, the people and interactions browsers, audit by time.
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "state/admin.hpp"
#include "tests/controller_fixture.hpp"

namespace moviedb::client::testing {
namespace {

namespace json = boost::json;

class AdminDataTest : public ControllerFixture {
 protected:
  void sign_in_as(const std::string& role) {
    start();
    state.nav.go({Screen::login, {}});
    act(SubmitAuth{"root", "secret-password", ""});
    reply("/api/v1/auth/login", 200,
          R"({"token":"tok","user":{"id":"u1","username":"root","display_name":"Root","role":")" +
              role + R"(","disabled":false,"created_at":"","updated_at":""}})");
  }
  domain::MovieQuery filtered() {
    domain::MovieQuery q;
    q.q = "alien";
    q.genres = {"horror", "sci-fi"};
    q.sort = {"title", false};
    return q;
  }
};

TEST(AdminBulk, FilterParamsAndExportUrl) {
  domain::MovieQuery q;
  EXPECT_TRUE(filter_params(q).empty());
  q.sort = {"title", false};
  EXPECT_TRUE(filter_params(q).empty()) << "a sort alone narrows nothing";
  q.year_min = 1990;
  EXPECT_EQ(filter_params(q), (net::Query{{"year_min", "1990"}}));
  EXPECT_EQ(export_url(q, "csv"),
            "/api/v1/admin/movies/export?format=csv&year_min=1990&sort=title");
  EXPECT_EQ(export_file_name("csv"), "movies.csv");
  EXPECT_EQ(export_file_name("json"), "movies.json");
}

TEST(AdminBulk, BodiesAndTypedConfirmation) {
  BulkDeleteState bulk;
  bulk.filter = {{"q", "alien"}, {"genre", "horror"}, {"genre", "sci-fi"}, {"genre", "drama"}};
  EXPECT_EQ(json::parse(encode_bulk_delete(bulk, true)),
            json::parse(
                R"({"filter":{"q":"alien","genre":["horror","sci-fi","drama"]},"dry_run":true})"));
  bulk.by_selection = true;
  bulk.ids = {"m1", "m2"};
  EXPECT_EQ(json::parse(encode_bulk_delete(bulk, false)), json::parse(R"({"ids":["m1","m2"]})"));

  EXPECT_TRUE(bulk_delete_confirmed("12", 12));
  EXPECT_TRUE(bulk_delete_confirmed("  Delete 12 ", 12));
  EXPECT_FALSE(bulk_delete_confirmed("delete 11", 12));
  EXPECT_FALSE(bulk_delete_confirmed("delete", 12));
  EXPECT_FALSE(bulk_delete_confirmed("0", 0)) << "nothing to delete is never confirmed";
  EXPECT_EQ(net::decode_count(R"({"would_delete":7})", "would_delete"), 7);
  EXPECT_FALSE(net::decode_count(R"({"deleted":7})", "would_delete"));
}

TEST_F(AdminDataTest, AdminCannotBulkDelete) {
  sign_in_as("admin");
  act(SetAdminQuery{filtered()});
  act(PreviewBulkDelete{false});
  EXPECT_EQ(count("/api/v1/admin/movies/bulk-delete"), 0u);
  EXPECT_EQ(state.admin.bulk_delete.phase, BulkPhase::closed);
}

TEST_F(AdminDataTest, BulkDeleteByFilterAfterTheCountAndTheTypedConfirmation) {
  sign_in_as("superadmin");
  act(PreviewBulkDelete{false});  // the whole catalogue: refused before asking
  EXPECT_EQ(count("/api/v1/admin/movies/bulk-delete"), 0u);

  act(SetAdminQuery{filtered()});
  act(ToggleAdminSelect{"m9", false, true});
  act(PreviewBulkDelete{false});
  ASSERT_EQ(count("/api/v1/admin/movies/bulk-delete", "POST"), 1u);
  EXPECT_EQ(json::parse(transport.last().body),
            json::parse(R"({"filter":{"q":"alien","genre":["horror","sci-fi"]},"dry_run":true})"));
  EXPECT_EQ(state.admin.bulk_delete.phase, BulkPhase::counting);
  reply("/api/v1/admin/movies/bulk-delete", 200, R"({"would_delete":3})");
  EXPECT_EQ(state.admin.bulk_delete.phase, BulkPhase::confirming);
  EXPECT_EQ(state.admin.bulk_delete.count, 3);

  act(ConfirmBulkDelete{"delete 2"});
  EXPECT_EQ(count("/api/v1/admin/movies/bulk-delete"), 1u) << "a wrong count deletes nothing";
  act(ConfirmBulkDelete{"delete 3"});
  ASSERT_EQ(count("/api/v1/admin/movies/bulk-delete"), 2u);
  EXPECT_FALSE(json::parse(transport.last().body).as_object().contains("dry_run"));
  reply("/api/v1/admin/movies/bulk-delete", 200, R"({"deleted":3})");
  EXPECT_EQ(state.admin.bulk_delete.phase, BulkPhase::closed);
  EXPECT_TRUE(state.admin.movies.selected.empty());
  EXPECT_TRUE(state.admin.movies.load.stale);
  EXPECT_EQ(state.toasts.items.back().text, "Deleted 3 titles.");
}

TEST_F(AdminDataTest, BulkDeleteBySelectionShowsTheServersRefusal) {
  sign_in_as("superadmin");
  act(ToggleAdminSelect{"m2", false, true});
  act(ToggleAdminSelect{"m1", false, true});
  act(PreviewBulkDelete{true});
  EXPECT_EQ(json::parse(transport.last().body),
            json::parse(R"({"ids":["m1","m2"],"dry_run":true})"));
  reply("/api/v1/admin/movies/bulk-delete", 403,
        R"({"error":{"code":"forbidden","message":"superadmin only"}})");
  EXPECT_EQ(state.admin.bulk_delete.error, "superadmin only");
  EXPECT_EQ(state.admin.bulk_delete.count, 0);
  act(CancelBulkDelete{});
  EXPECT_EQ(state.admin.bulk_delete.phase, BulkPhase::closed);
}

TEST_F(AdminDataTest, ExportHandsTheServersFileToTheSaver) {
  sign_in_as("admin");
  std::string name, mime, bytes;
  controller.set_file_saver([&](const std::string& n, const std::string& m, const std::string& b) {
    name = n, mime = m, bytes = b;
  });
  act(SetAdminQuery{filtered()});
  act(ExportMovies{"csv"});
  act(ExportMovies{"csv"});  // one at a time
  ASSERT_EQ(count("/api/v1/admin/movies/export"), 1u);
  EXPECT_EQ(transport.last().url,
            "/api/v1/admin/movies/export?format=csv&q=alien&genre=horror&genre=sci-fi&sort=title");
  reply("/api/v1/admin/movies/export", 200, "id,title\r\nm1,Alien\r\n",
        {{"x-total-count", "1"}, {"Content-Type", "text/csv"}});
  EXPECT_EQ(name, "movies.csv");
  EXPECT_EQ(mime, "text/csv");
  EXPECT_EQ(bytes, "id,title\r\nm1,Alien\r\n");
  EXPECT_EQ(state.admin.export_file.rows, 1);
  EXPECT_FALSE(state.admin.export_file.busy);
}

TEST(AdminImport, MultipartAndTheNetflixRequest) {
  const auto body = encode_multipart({{"titles", "t.csv", "id,title\nmoviedb-part-0\n"}});
  EXPECT_EQ(body.content_type, "multipart/form-data; boundary=moviedb-part-1")
      << "the boundary never occurs in a part";
  EXPECT_EQ(body.body,
            "--moviedb-part-1\r\nContent-Disposition: form-data; name=\"titles\"; "
            "filename=\"t.csv\"\r\nContent-Type: text/csv\r\n\r\nid,title\nmoviedb-part-0\n\r\n"
            "--moviedb-part-1--\r\n");

  ImportState import;
  import.format = "netflix";
  import.file_name = "titles.csv";
  import.bytes = "T";
  import.credits_name = "credits.csv";
  import.credits_bytes = "C";
  const auto request = import_request(import, true);
  EXPECT_EQ(request.url, "/api/v1/admin/import?format=netflix&dry_run=true");
  ASSERT_EQ(request.headers.size(), 1u);
  EXPECT_EQ(request.headers[0].value, "multipart/form-data; boundary=moviedb-part-0");
  EXPECT_NE(request.body.find(
                "name=\"titles\"; filename=\"titles.csv\"\r\nContent-Type: text/csv\r\n\r\nT\r\n"),
            std::string::npos);
  EXPECT_NE(
      request.body.find(
          "name=\"credits\"; filename=\"credits.csv\"\r\nContent-Type: text/csv\r\n\r\nC\r\n"),
      std::string::npos);
  EXPECT_EQ(import.upload_size(), 2u);
  import.format = "json";
  EXPECT_EQ(import_request(import, false).body, "T");
  EXPECT_EQ(import.upload_size(), 1u);
  EXPECT_EQ(format_for_file("titles.csv"), "netflix");
  EXPECT_EQ(byte_size(512), "512 B");
  EXPECT_EQ(byte_size(1536), "1.5 KB");
  EXPECT_EQ(byte_size(3 * 1024 * 1024), "3.0 MB");
}

TEST_F(AdminDataTest, NetflixPairThenTheReportIsSaved) {
  sign_in_as("admin");
  int picks = 0;
  controller.set_file_picker([&picks] { ++picks; });
  std::string saved_name, saved;
  controller.set_file_saver([&](const std::string& n, const std::string&, const std::string& b) {
    saved_name = n, saved = b;
  });
  act(PickImportFile{ImportSlot::credits});
  act(ImportFileChosen{"credits.csv", "C"});
  EXPECT_EQ(state.admin.import.phase, ImportPhase::no_file) << "titles.csv is still needed";
  act(PickImportFile{});
  act(ImportFileChosen{"titles.csv", "T"});
  EXPECT_EQ(picks, 2);
  const auto& import = state.admin.import;
  EXPECT_EQ(import.format, "netflix");
  EXPECT_EQ(import.credits_name, "credits.csv");
  EXPECT_EQ(import.file_name, "titles.csv");
  EXPECT_EQ(import.phase, ImportPhase::ready);

  frame(10.0);
  act(RunImport{true});
  EXPECT_DOUBLE_EQ(import.started_at, clock);
  EXPECT_NE(header_value(transport.last(), "Content-Type").find("multipart/form-data"),
            std::string::npos);
  reply(
      "/api/v1/admin/import", 200,
      R"({"records":2,"inserted":1,"updated":0,"rejected":1,"errors":[{"index":1,"id":"tm9","message":"title: is required"}]})");
  act(SaveImportReport{});
  EXPECT_EQ(saved_name, "import-errors.json");
  const auto report = json::parse(saved).as_object();
  EXPECT_EQ(report.at("dry_run"), true);
  EXPECT_EQ(report.at("credits_file"), "credits.csv");
  EXPECT_EQ(report.at("errors"),
            json::parse(R"([{"index":1,"message":"title: is required","id":"tm9"}])"));
}

TEST_F(AdminDataTest, CreditsAreEditedAndSentOnlyWhenChanged) {
  sign_in_as("admin");
  act(OpenMovieForm{"m1"});
  reply(
      "/api/v1/movies/m1", 200,
      movie_json(
          "m1", "Heat", 0, 0,
          R"(,"version":3,"credits":[{"movie_id":"m1","person_id":"p1","name":"Al Pacino","character":"Hanna","role":"ACTOR"}])"));
  auto fields = state.admin.form.fields;
  ASSERT_EQ(fields.credits.size(), 1u);
  EXPECT_EQ(fields.credits[0], (CreditRow{"p1", "Al Pacino", "ACTOR", "Hanna"}));

  fields.runtime = "170";
  act(SaveMovieForm{fields});
  EXPECT_FALSE(json::parse(transport.last().body).as_object().contains("credits"));
  reply("/api/v1/movies/m1", 400, R"({"error":{"code":"invalid","message":"invalid input"}})");

  fields.credits.push_back({"", " Michael Mann ", "DIRECTOR", ""});
  act(SaveMovieForm{fields});
  EXPECT_EQ(
      json::parse(transport.last().body).at("credits"),
      json::parse(R"([{"name":"Al Pacino","role":"ACTOR","character":"Hanna","person_id":"p1"},
                           {"name":"Michael Mann","role":"DIRECTOR"}])"));
  reply("/api/v1/movies/m1", 400, R"({"error":{"code":"invalid","message":"invalid input"}})");
  act(SaveMovieForm{fields});  // a retry still sends them
  EXPECT_TRUE(json::parse(transport.last().body).as_object().contains("credits"));
}

TEST_F(AdminDataTest, PeopleAndTheirFilmography) {
  sign_in_as("admin");
  act(Navigate{Screen::admin_people});
  frame();
  EXPECT_EQ(transport.last().url, "/api/v1/people?page=1&page_size=50");
  act(SetPeopleSearch{" pacino "});
  EXPECT_EQ(transport.last().url, "/api/v1/people?q=pacino&page=1&page_size=50");
  reply(
      "/api/v1/people", 200,
      R"({"items":[{"id":"p1","name":"Al Pacino","credits":2}],"page":1,"page_size":50,"total":120})");
  EXPECT_EQ(state.admin.people.pages(), 3);
  act(SetPeoplePage{9});
  EXPECT_EQ(transport.last().url, "/api/v1/people?q=pacino&page=3&page_size=50");
  act(ShowFilmography{"p1"});
  EXPECT_EQ(transport.last().url, "/api/v1/people/p1");
  reply(
      "/api/v1/people/p1", 200,
      R"({"id":"p1","name":"Al Pacino","credits":[{"movie_id":"m0","movie_title":"Old","release_year":1972,"role":"ACTOR"},{"movie_id":"m1","movie_title":"Heat","release_year":1995,"role":"ACTOR"}]})");
  ASSERT_EQ(state.admin.people.filmography.credits.size(), 2u);
  EXPECT_EQ(state.admin.people.filmography.credits[0].movie_title, "Heat") << "newest first";
}

TEST_F(AdminDataTest, InteractionsFilteredByUserKindAndTime) {
  sign_in_as("admin");
  act(Navigate{Screen::admin_activity});
  frame();
  EXPECT_EQ(transport.last().url, "/api/v1/admin/interactions?page=1&page_size=50");
  act(SetActivityFilter{{"bob", "", "like", "2026-01-01", ""}});
  EXPECT_EQ(transport.last().url,
            "/api/v1/admin/interactions?user=bob&kind=like&since=2026-01-01&page=1&page_size=50");
  reply(
      "/api/v1/admin/interactions", 200,
      R"({"items":[{"user_id":"u2","username":"bob","movie_id":"m1","movie_title":"Heat","reaction":"like","watched":true,"views":3}],"page":1,"page_size":50,"total":1})");
  ASSERT_EQ(state.admin.activity.items.size(), 1u);
  EXPECT_EQ(activity_summary(state.admin.activity.items[0]), "liked · watched · 3 views");
  EXPECT_EQ(activity_summary(domain::Interaction{}), "—");
}

TEST(AdminAudit, SinceAndUntil) {
  AuditFilter f;
  f.since = " 2026-01-01 ";
  f.until = "2026-02-01T00:00:00Z";
  EXPECT_EQ(audit_params(f),
            (net::Query{
                {"since", "2026-01-01"}, {"until", "2026-02-01T00:00:00Z"}, {"page_size", "100"}}));
}

}  // namespace
}  // namespace moviedb::client::testing
