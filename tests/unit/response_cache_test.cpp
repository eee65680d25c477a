// What the kept answers keep: at once by default, only on a key's second
// request where the route asks for that, and never without a data version.
#include "http/response_cache.hpp"

#include <gtest/gtest.h>

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
