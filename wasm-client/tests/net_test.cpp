// The network layer: URLs, headers, the error envelope, the API client's
// token handling and the decoders built on the shared domain types.
#include <gtest/gtest.h>

#include "net/api_client.hpp"
#include "net/errors.hpp"
#include "net/url.hpp"
#include "net/wire.hpp"
#include "tests/controller_fixture.hpp"
#include "tests/fake_transport.hpp"

namespace moviedb::client::net {
namespace {

TEST(Url, PercentEncodesEverythingButUnreserved) {
  EXPECT_EQ(percent_encode("Amélie & co/?=#"), "Am%C3%A9lie%20%26%20co%2F%3F%3D%23");
  EXPECT_EQ(percent_encode("a-b_c.d~e"), "a-b_c.d~e");
  namespace paths = domain::paths;
  EXPECT_EQ(api_url(paths::kMovies, {{"q", "star wars"}, {"genre", "Sci-Fi"}, {"genre", "Drama"}}),
            "/api/v1/movies?q=star%20wars&genre=Sci-Fi&genre=Drama");
  EXPECT_EQ(api_url(paths::kMe), "/api/v1/me");
  EXPECT_EQ(paths::fill_path(paths::kMovieReaction, {"tt 1/2"}),
            "/api/v1/movies/tt%201%2F2/reaction");
  EXPECT_EQ(paths::fill_path(paths::kAdminDocumentPlacement, {"movies", "tt1"}),
            "/api/v1/admin/cluster/placement/movies/tt1");
  EXPECT_EQ(paths::fill_path(paths::kMovie, {}), "/api/v1/movies/{id}");
}

TEST(Headers, ParsedAndLookedUpCaseInsensitively) {
  HttpResponse response;
  response.headers =
      parse_header_block("content-type: application/json\r\nRetry-After:  42 \r\nbogus\r\n\r\n");
  ASSERT_EQ(response.headers.size(), 2u);
  EXPECT_EQ(response.header("retry-after"), "42");
  EXPECT_EQ(response.header("Content-Type"), "application/json");
  EXPECT_EQ(response.header("X-Missing"), "");
}

TEST(ApiError, ReadsTheEnvelopeWithDetails) {
  const auto error = parse_api_error(
      {400,
       R"({"error":{"code":"invalid","message":"username is taken","details":[{"field":"username","message":"already exists"}]}})",
       "",
       {}});
  EXPECT_EQ(error.status, 400);
  EXPECT_EQ(error.code, "invalid");
  EXPECT_EQ(error.message, "username is taken");
  ASSERT_EQ(error.details.size(), 1u);
  EXPECT_EQ(error.detail_for("username"), "already exists");
  EXPECT_EQ(error.detail_for("password"), "");
  EXPECT_FALSE(error.retry_after_seconds.has_value());
}

TEST(ApiError, RateLimitCarriesRetryAfter) {
  const auto error = parse_api_error(
      {429,
       R"({"error":{"code":"rate_limited","message":"too many attempts","details":[]}})",
       "",
       {{"Retry-After", "30"}}});
  EXPECT_EQ(error.message, "too many attempts");
  ASSERT_TRUE(error.retry_after_seconds.has_value());
  EXPECT_EQ(*error.retry_after_seconds, 30);
  EXPECT_FALSE(parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT").has_value());
  EXPECT_FALSE(parse_retry_after("").has_value());
}

TEST(ApiError, NoEnvelopeOrNoAnswer) {
  EXPECT_EQ(parse_api_error({502, "<html>bad gateway</html>", "", {}}).message, "HTTP 502");
  const auto offline = parse_api_error({0, "", "no answer in time", {}});
  EXPECT_EQ(offline.code, "network");
  EXPECT_EQ(offline.message, "Cannot reach the server (no answer in time)");
}

TEST(Wire, MoviePageUsesTheDomainConversion) {
  const auto page = decode_movie_page(
      R"({"items":[{"id":"m1","title":"Alien","type":"MOVIE","release_year":1979,"genres":["Horror","Sci-Fi"],"imdb_score":8.5,"likes":3,"dislikes":1,"watched":2,"views":9,"us_gross":null},42],"page":2,"page_size":100,"total":250})");
  ASSERT_TRUE(page.has_value());
  EXPECT_EQ(page->page, 2);
  EXPECT_EQ(page->total, 250);
  ASSERT_EQ(page->items.size(), 1u) << "non-objects are skipped";
  const auto& m = page->items[0];
  EXPECT_EQ(m.title, "Alien");
  EXPECT_EQ(m.release_year, 1979);
  EXPECT_EQ(m.genres.size(), 2u);
  EXPECT_DOUBLE_EQ(m.imdb_score.value(), 8.5);
  EXPECT_FALSE(m.us_gross.has_value());
  EXPECT_EQ(m.likes, 3);
  EXPECT_EQ(m.views, 9);
}

TEST(Wire, MovieDetailWithCreditsAndViewer) {
  const auto detail = decode_movie_detail(
      R"({"id":"m1","title":"Alien","likes":4,"credits":[{"movie_id":"m1","person_id":"p1","name":"Ridley Scott","character":"","role":"DIRECTOR"},{"movie_id":"m1","person_id":"p2","name":"Sigourney Weaver","character":"Ripley","role":"ACTOR"}],"viewer":{"reaction":"like","watched":true,"views":3}})");
  ASSERT_TRUE(detail.has_value());
  EXPECT_EQ(detail->movie.likes, 4);
  ASSERT_EQ(detail->credits.size(), 2u);
  EXPECT_EQ(detail->credits[1].character, "Ripley");
  ASSERT_TRUE(detail->viewer.has_value());
  EXPECT_EQ(detail->viewer->reaction, domain::Reaction::like);
  EXPECT_TRUE(detail->viewer->watched);
  EXPECT_EQ(detail->viewer->views, 3);

  const auto anonymous = decode_movie_detail(R"({"id":"m1","title":"Alien","credits":[]})");
  ASSERT_TRUE(anonymous.has_value());
  EXPECT_FALSE(anonymous->viewer.has_value());
  const auto cleared =
      decode_movie_detail(R"({"id":"m1","viewer":{"reaction":null,"watched":false,"views":0}})");
  ASSERT_TRUE(cleared->viewer.has_value());
  EXPECT_FALSE(cleared->viewer->reaction.has_value());
}

TEST(Wire, EveryDecoderRejectsTheWrongShapeWithoutThrowing) {
  for (const char* body : {"", "nope", "[]", "42", "null", R"({"items":3})", R"({"id":7})"}) {
    std::string why;
    EXPECT_FALSE(decode_movie_page(body, &why)) << body;
    EXPECT_FALSE(why.empty()) << body;
    EXPECT_FALSE(decode_movie_detail(body)) << body;
    EXPECT_FALSE(decode_interaction_summary(body)) << body;
    EXPECT_FALSE(decode_auth(body)) << body;
    EXPECT_FALSE(decode_user(body)) << body;
    EXPECT_FALSE(decode_person_detail(body)) << body;
    EXPECT_FALSE(decode_recommendations(body)) << body;
    EXPECT_FALSE(decode_genres(body)) << body;
    EXPECT_FALSE(decode_interaction_page(body)) << body;
  }
}

TEST(Wire, SummaryAuthPersonRecommendationsGenresInteractions) {
  const auto summary =
      decode_interaction_summary(testing::summary_json("m1", "dislike", true, 5, 2, 7, 11));
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->movie_id, "m1");
  EXPECT_EQ(summary->viewer.reaction, domain::Reaction::dislike);
  EXPECT_EQ(summary->counters, (Counters{5, 2, 7, 11}));

  const auto auth = decode_auth(
      R"({"token":"abc","user":{"id":"u1","username":"ada","display_name":"Ada","role":"admin","disabled":false}})");
  ASSERT_TRUE(auth);
  EXPECT_EQ(auth->token, "abc");
  EXPECT_EQ(auth->user.role, domain::Role::admin);

  const auto person = decode_person_detail(
      R"({"id":"p1","name":"Ridley Scott","credits":[{"movie_id":"m1","movie_title":"Alien","release_year":1979,"role":"DIRECTOR","character":""}]})");
  ASSERT_TRUE(person);
  EXPECT_EQ(person->person.name, "Ridley Scott");
  ASSERT_EQ(person->credits.size(), 1u);
  EXPECT_EQ(person->credits[0].movie_title, "Alien");
  EXPECT_EQ(person->credits[0].release_year, 1979);

  const auto recs = decode_recommendations(
      R"({"items":[{"id":"m2","title":"Aliens","reason":"because you liked Alien"},{"id":"m3","title":"Blade Runner"}]})");
  ASSERT_TRUE(recs);
  ASSERT_EQ(recs->size(), 2u);
  EXPECT_EQ((*recs)[0].reason, "because you liked Alien");
  EXPECT_EQ((*recs)[1].movie.title, "Blade Runner");
  EXPECT_EQ((*recs)[1].reason, "");

  const auto genres = decode_genres(
      R"({"items":[{"genre":"Drama","count":900},{"count":3},{"genre":"Comedy","count":800}]})");
  ASSERT_TRUE(genres);
  ASSERT_EQ(genres->size(), 2u);
  EXPECT_EQ((*genres)[1].genre, "Comedy");

  const auto interactions = decode_interaction_page(
      R"({"items":[{"user_id":"u1","movie_id":"m1","reaction":"like","watched":false,"views":2,"movie_title":"Alien","updated_at":"2024-01-01T00:00:00.000Z"}],"page":1,"page_size":100,"total":1})");
  ASSERT_TRUE(interactions);
  EXPECT_EQ(interactions->items[0].movie_title, "Alien");
  EXPECT_EQ(interactions->items[0].reaction, domain::Reaction::like);
}

TEST(Wire, RequestBodies) {
  EXPECT_EQ(encode_credentials("ada", "p\"w"), R"({"username":"ada","password":"p\"w"})");
  EXPECT_EQ(encode_credentials("ada", "pw", "Ada L."),
            R"({"username":"ada","password":"pw","display_name":"Ada L."})");
  EXPECT_EQ(encode_reaction(domain::Reaction::dislike), R"({"reaction":"dislike"})");
}

TEST(ApiClientTest, TokenIsSentUnlessTheRequestOptsOut) {
  ResponseQueue queue;
  testing::FakeTransport transport(queue);
  ApiClient api(transport, queue);
  int unauthorized = 0;
  api.on_unauthorized([&](const HttpResponse&) { ++unauthorized; });

  api.get("/a", {});
  EXPECT_EQ(testing::header_value(transport.last(), "Authorization"), "");
  api.set_token("t1");
  api.get("/b", {});
  EXPECT_EQ(testing::header_value(transport.last(), "Authorization"), "Bearer t1");
  HttpRequest login;
  login.url = "/login";
  login.with_token = false;
  api.send(login, {});
  EXPECT_EQ(testing::header_value(transport.last(), "Authorization"), "");
  api.send_json("PUT", "/c", R"({"x":1})", {});
  EXPECT_EQ(testing::header_value(transport.last(), "Content-Type"), "application/json");

  int handled = 0;
  api.get("/d", [&](const HttpResponse& r) { handled += r.status; });
  transport.answer_at(0, 401, "");  // sent without a token: not the session's problem
  transport.answer_at(1, 401, "");  // with the current token
  transport.answer_at(2, 401, "");  // opted out
  transport.answer_at(3, 200, "");
  transport.answer_at(4, 401, "");
  api.dispatch_completed();
  EXPECT_EQ(unauthorized, 2);
  EXPECT_EQ(handled, 401);

  api.get("/e", {});
  api.set_token("t2");  // a new session: an answer to the old token is not a 401 for it
  transport.answer(401, "");
  api.dispatch_completed();
  EXPECT_EQ(unauthorized, 2);
}

}  // namespace
}  // namespace moviedb::client::net
