// Kept answers as the web expects them: an ETag a browser or CDN revalidates
// with (304, no body), gzip for clients that accept it (the same JSON once
// inflated), and never for a signed-in caller's own state.
#include <zlib.h>

#include "integration/api_fixture.hpp"
#include "support/http_client.hpp"

using namespace moviedb::test;
namespace json = boost::json;

namespace {

std::string gunzip(const std::string& bytes) {
  z_stream stream{};
  EXPECT_EQ(inflateInit2(&stream, 15 + 16), Z_OK);
  std::string out(bytes.size() * 20 + 1024, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  stream.avail_in = static_cast<uInt>(bytes.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  inflateEnd(&stream);
  return out;
}

class CompressedAnswers : public ApiTest {};

TEST_F(CompressedAnswers, KeptAnswersRevalidateAndCompress) {
  for (int i = 0; i < 30; ++i) add_movie({{"title", "Gzip Title " + std::to_string(i)}});
  const std::string catalog = "/api/v1/catalog?limit=100";
  const auto plain = get(catalog, {});
  ASSERT_EQ(plain.status, 200);
  const auto etag = plain.header("ETag");
  ASSERT_TRUE(etag);
  EXPECT_EQ(plain.header("Cache-Control"), "public, no-cache");
  EXPECT_FALSE(plain.header("Content-Encoding"));
  ASSERT_GT(plain.body.size(), 1024u);

  const auto again = get(catalog, {{"If-None-Match", *etag}});
  EXPECT_EQ(again.status, 304);
  EXPECT_TRUE(again.body.empty());
  EXPECT_EQ(again.header("ETag"), etag);
  EXPECT_EQ(get(catalog, {{"If-None-Match", "W/" + *etag + ", \"other\""}}).status, 304);
  EXPECT_EQ(get(catalog, {{"If-None-Match", "\"other\""}}).status, 200);

  const auto packed = get(catalog, {{"Accept-Encoding", "br, gzip;q=0.8"}});
  ASSERT_EQ(packed.status, 200);
  EXPECT_EQ(packed.header("Content-Encoding"), "gzip");
  EXPECT_LT(packed.body.size(), plain.body.size() / 2);
  EXPECT_EQ(gunzip(packed.body), plain.body);
  // Compressed on the first request that wanted it, kept beside the plain copy.
  EXPECT_EQ(get(catalog, {{"Accept-Encoding", "gzip"}}).body, packed.body);
  EXPECT_EQ(get(catalog, {}).body, plain.body);
  EXPECT_FALSE(get(catalog, {{"Accept-Encoding", "gzip;q=0"}}).header("Content-Encoding"));

  // A reaction changes the counters the catalog shows: the old copy is stale.
  const auto id =
      std::string(api().call("GET", "/catalog?limit=1")["items"].at(0).at("id").as_string());
  ASSERT_EQ(
      api()
          .call("PUT", "/movies/" + id + "/reaction", json::object{{"reaction", "like"}}, user_)
          .status,
      200);
  EXPECT_EQ(get(catalog, {{"If-None-Match", *etag}}).status, 200);
}

TEST_F(CompressedAnswers, ACallersOwnStateIsNeverKept) {
  const auto id = add_movie({{"title", "Private Eyes"}});
  const auto anonymous = get("/api/v1/movies/" + id, {});
  EXPECT_TRUE(anonymous.header("ETag"));
  const auto own =
      get("/api/v1/movies/" + id, {{"Authorization", "Bearer " + user_}, {"If-None-Match", "*"}});
  EXPECT_EQ(own.status, 200);
  EXPECT_EQ(own.header("Cache-Control"), "no-store");
  EXPECT_FALSE(own.header("ETag"));
}

}  // namespace
