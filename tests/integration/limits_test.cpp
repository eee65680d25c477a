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

// RFC 9112 §6.1/§6.3: a body whose length is ambiguous would otherwise be read
// as the next request (request smuggling); each is a 400 and the connection closes.
TEST_F(Limits, AmbiguousBodyFramingIs400AndCloses) {
  const std::vector<std::string> framings{
      "Transfer-Encoding: xchunked\r\n",
      "Transfer-Encoding: identity\r\n",
      "Transfer-Encoding: gzip\r\n",
      "Transfer-Encoding: chunked, gzip\r\n",
      "Transfer-Encoding: gzip, chunked\r\n",
      "Transfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n",
      "Transfer-Encoding: chunked\r\nContent-Length: 5\r\n",
      "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n",
  };
  for (const auto& framing : framings) {
    HttpConnection connection(port());
    connection.send("POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\n" + framing +
                    "\r\n0\r\n\r\nGET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    const auto response = connection.read_response();
    ASSERT_TRUE(response) << framing;
    EXPECT_EQ(response->status, 400) << framing;
    EXPECT_TRUE(connection.wait_closed(2s)) << "no second response may follow: " << framing;
  }
}

TEST_F(Limits, ExactlyChunkedIsAccepted) {
  HttpConnection connection(port());
  connection.send(
      "POST /api/v1/auth/login HTTP/1.1\r\nHost: x\r\nTransfer-Encoding:  Chunked \r\n"
      "Content-Type: application/json\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
  const auto response = connection.read_response();
  ASSERT_TRUE(response);
  EXPECT_EQ(response->status, 400);  // the body arrived: it lacks username and password
  EXPECT_NE(response->body.find("\"username\""), std::string::npos) << response->body;
}

TEST_F(Limits, TextThatIsNotUtf8Is400AndNeverEchoed) {
  for (const std::string target :
       {"/api/v1/movies?q=%C0%AF", "/api/v1/movies?q=%FF%FE", "/api/v1/people/%ED%A0%80",
        "/api/v1/movies?%E2%82=1", "/api/v1/movies?q=\xC3\xA9"}) {
    const auto response = get(target);
    EXPECT_EQ(response.status, 400) << target;
    const auto body = response.body;
    EXPECT_EQ(body.find('\xC0'), std::string::npos);
    EXPECT_EQ(body.find('\xFF'), std::string::npos);
    EXPECT_EQ(body.find('\xED'), std::string::npos);
  }
  EXPECT_EQ(get("/api/v1/movies?q=%C3%A9t%C3%A9").status, 200) << "valid UTF-8 is fine";
}
