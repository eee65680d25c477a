#include <gtest/gtest.h>

#include "http/router.hpp"

using namespace moviedb::http;

namespace {

Handler named(std::string name) {
  return [name](const Request&, const PathParams&) {
    Response r;
    r.body = name;
    return r;
  };
}

}  // namespace

TEST(Router, MatchesLiteralsAndCaptures) {
  Router router;
  router.add("GET", "/api/v1/movies", Runs::on_worker, named("list"));
  router.add("GET", "/api/v1/movies/{id}", Runs::on_worker, named("one"));
  const auto list = router.match("GET", "/api/v1/movies");
  ASSERT_TRUE(list.route);
  EXPECT_EQ(list.route->handler({}, {}).body, "list");
  const auto one = router.match("GET", "/api/v1/movies/tt01");
  ASSERT_TRUE(one.route);
  EXPECT_EQ(one.params.at("id"), "tt01");
  EXPECT_FALSE(router.match("GET", "/api/v1/movies/tt01/extra").route);
}

TEST(Router, HeadUsesGetRoutes) {
  Router router;
  router.add("GET", "/healthz", Runs::on_io_thread, named("h"));
  EXPECT_TRUE(router.match("HEAD", "/healthz").route);
}

TEST(Router, KnownPathWithOtherMethodReportsAllowed) {
  Router router;
  router.add("PUT", "/api/v1/movies/{id}/reaction", Runs::on_worker, named("put"));
  router.add("DELETE", "/api/v1/movies/{id}/reaction", Runs::on_worker, named("delete"));
  const auto match = router.match("POST", "/api/v1/movies/x/reaction");
  EXPECT_FALSE(match.route);
  EXPECT_TRUE(match.path_known);
  EXPECT_EQ(match.allowed_methods, "PUT, DELETE");
  EXPECT_FALSE(router.match("POST", "/nowhere").path_known);
}

TEST(SplitPath, IgnoresEmptySegments) {
  EXPECT_EQ(split_path("//a///b/"), (std::vector<std::string>{"a", "b"}));
  EXPECT_TRUE(split_path("/").empty());
}
