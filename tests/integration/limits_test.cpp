#include "integration/server_fixture.hpp"

using namespace moviedb::test;
using namespace std::chrono_literals;

class Limits : public ServerTest {
 protected:
  void SetUp() override {
    start({"--request-timeout", "1s", "--idle-timeout", "1s", "--body-limit", "1KiB"});
  }
};

TEST_F(Limits, OversizedHeadersGet431) {
  HttpConnection connection(port());
  connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + std::string(20000, 'a') +
                  "\r\n\r\n");
  const auto response = connection.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 431);
  EXPECT_TRUE(connection.wait_closed(2s));
}

TEST_F(Limits, TooManyHeaderFieldsGet431) {
  std::string request = "GET /healthz HTTP/1.1\r\nHost: x\r\n";
  for (int i = 0; i < 120; ++i) request += "X-" + std::to_string(i) + ": y\r\n";
  HttpConnection connection(port());
  connection.send(request + "\r\n");
  const auto response = connection.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 431);
}

TEST_F(Limits, DeclaredBodyOverTheLimitGets413BeforeItIsSent) {
  HttpConnection connection(port());
  connection.send("POST /api/v1/anything HTTP/1.1\r\nHost: x\r\nContent-Length: 5000\r\n\r\n");
  const auto response = connection.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
}

TEST_F(Limits, ChunkedBodyOverTheLimitGets413) {
  HttpConnection connection(port());
  std::string request =
      "POST /api/v1/anything HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n";
  for (int i = 0; i < 4; ++i) request += "200\r\n" + std::string(0x200, 'a') + "\r\n";
  connection.send(request + "0\r\n\r\n");
  const auto response = connection.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 413);
}

TEST_F(Limits, MalformedRequestGets400) {
  HttpConnection connection(port());
  connection.send("GET /healthz HTTP/1.1\r\nHost x\r\n\r\n");
  const auto response = connection.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 400);
}

TEST_F(Limits, SlowRequestTimesOutWith408) {
  HttpConnection connection(port());
  connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n");  // never finished
  const auto response = connection.read_response(5s);
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 408);
  EXPECT_TRUE(connection.wait_closed(2s));
}

TEST_F(Limits, KeepAliveServesSeveralRequestsThenIdlesOut) {
  HttpConnection connection(port());
  for (int i = 0; i < 3; ++i) {
    connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto response = connection.read_response();
    ASSERT_TRUE(response);
    EXPECT_EQ(response->status, 200);
  }
  EXPECT_TRUE(connection.wait_closed(3s));
}

TEST_F(Limits, PipelinedRequestsAnswerInOrder) {
  HttpConnection connection(port());
  connection.send("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\nGET /nope HTTP/1.1\r\nHost: x\r\n\r\n");
  EXPECT_EQ(connection.read_response()->status, 200);
  EXPECT_EQ(connection.read_response()->status, 404);
}
