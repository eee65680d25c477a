// What the kept answers keep: at once by default, only on a key's second
// request where the route asks for that, and never without a data version.
#include "http/response_cache.hpp"

#include <gtest/gtest.h>
#include <malloc.h>

using namespace moviedb::http;

namespace {

constexpr std::size_t kBudget = 1 << 20;

struct Built {
  int times = 0;
  std::function<Response()> build() {
    return [this] {
      ++times;
      Response response;
      response.body = R"({"n":)" + std::to_string(times) + "}";
      return response;
    };
  }
};

Request get(std::string path) {
  Request request;
  request.method = "GET";
  request.path = request.target = std::move(path);
  return request;
}

}  // namespace

TEST(ResponseCache, KeepsAnAnswerAtOnceByDefault) {
  ResponseCache cache(kBudget);
  Built built;
  for (int i = 0; i < 3; ++i) cache.answer(7, get("/a"), "a", built.build());
  EXPECT_EQ(built.times, 1);
  EXPECT_EQ(cache.find(7, get("/a"), "a")->payload(), R"({"n":1})");
  EXPECT_FALSE(cache.find(8, get("/a"), "a"));  // the data moved on
}

TEST(ResponseCache, KeepsACheapAnswerOnlyWhenAskedTwice) {
  ResponseCache cache(kBudget);
  Built built;
  const auto twice = ResponseCache::Keep::when_asked_twice;
  const auto first = cache.answer(7, get("/m/1"), "m/1", built.build(), twice);
  EXPECT_EQ(first.payload(), R"({"n":1})");
  EXPECT_FALSE(cache.find(7, get("/m/1"), "m/1"));
  cache.answer(7, get("/m/2"), "m/2", built.build(), twice);
  cache.answer(7, get("/m/1"), "m/1", built.build(), twice);
  EXPECT_EQ(built.times, 3);
  for (int i = 0; i < 3; ++i) cache.answer(7, get("/m/1"), "m/1", built.build(), twice);
  EXPECT_EQ(built.times, 3);
  EXPECT_EQ(cache.find(7, get("/m/1"), "m/1")->payload(), R"({"n":3})");
  EXPECT_FALSE(cache.find(7, get("/m/2"), "m/2"));
}

TEST(ResponseCache, AnAnswerWithoutAVersionIsNeverKept) {
  ResponseCache cache(kBudget);
  Built built;
  for (int i = 0; i < 2; ++i) {
    const auto answer = cache.answer(std::nullopt, get("/a"), "a", built.build());
    EXPECT_EQ(answer.status, 200);
  }
  EXPECT_EQ(built.times, 2);
}

TEST(ResponseCache, NothingIsKeptWithoutABudget) {
  ResponseCache cache(0);
  Built built;
  for (int i = 0; i < 3; ++i) {
    cache.answer(7, get("/m/1"), "m/1", built.build(), ResponseCache::Keep::when_asked_twice);
  }
  EXPECT_EQ(built.times, 3);
}

namespace {

// Bytes malloc has handed out and not had back, in every arena.
std::size_t heap_in_use() {
  const auto info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

}  // namespace

// The budget bounds the memory the kept answers hold, not only the bytes they
// show: a built body may have room to spare, and zlib's output is sized for
// its worst case, about four times what it holds.
TEST(ResponseCache, KeptAnswersHoldNoMoreThanTheBudget) {
  constexpr std::size_t kSmall = 256 << 10;
  auto request = get("/m");
  request.headers.emplace_back("Accept-Encoding", "gzip");
  auto built = [](int i) {
    return [i] {
      Response response;
      response.body.reserve(16 << 10);
      for (int n = 0; n < 200; ++n) response.body += R"({"id":"m)" + std::to_string(i + n) + "\"},";
      return response;
    };
  };
  ResponseCache(kSmall).answer(7, request, "warm", built(0));  // zlib's state: 270 KB a thread
  const auto before = heap_in_use();
  {
    ResponseCache cache(kSmall);
    for (int i = 0; i < 2'000; ++i) cache.answer(7, request, "m/" + std::to_string(i), built(i));
    EXPECT_TRUE(cache.find(7, request, "m/1999"));
    EXPECT_LE(heap_in_use() - before, kSmall + kSmall / 4);
  }
}
