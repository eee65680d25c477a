// Acknowledged writes survive kill -9 of the API.
#include <signal.h>

#include "integration/api_fixture.hpp"

using namespace moviedb::test;
namespace json = boost::json;

class Crash : public ApiTest {};

TEST_F(Crash, AcknowledgedWritesSurviveKill9) {
  std::vector<std::string> ids;
  for (int i = 0; i < 20; ++i) ids.push_back(add_movie({{"title", "Title " + std::to_string(i)}}));
  for (const auto& id : ids) {
    ASSERT_EQ(api().call("PUT", "/movies/" + id + "/reaction", json::object{{"reaction", "like"}},
                         user_).status, 200);
  }
  ASSERT_EQ(server_->stop(SIGKILL, std::chrono::seconds(5)), 128 + SIGKILL);
  server_.reset();
  start();  // same store file, no bootstrap needed
  ApiClient after(port());
  EXPECT_EQ(after.call("GET", "/movies")["total"], 20);
  for (const auto& id : ids) EXPECT_EQ(after.call("GET", "/movies/" + id)["likes"], 1) << id;
  EXPECT_NO_THROW(after.sign_in("uma", "uma-password"));
}
