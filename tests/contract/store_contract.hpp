#pragma once
// The store contract: one suite, written once, that every adapter must pass.
// An adapter instantiates it with a factory that returns a fresh, empty store:
//   INSTANTIATE_TEST_SUITE_P(Sqlite, StoreContract, ::testing::Values(StoreParam{...}));
#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>
#include <string>

#include "store/store.hpp"

namespace moviedb::test {

struct StoreParam {
  std::string name;
  std::function<std::unique_ptr<store::Store>()> make;
};

inline std::string store_param_name(const ::testing::TestParamInfo<StoreParam>& info) {
  return info.param.name;
}

// Names the adapter in test listings instead of a dump of the struct's bytes.
inline void PrintTo(const StoreParam& param, std::ostream* os) {
  *os << param.name;
}

class StoreContract : public ::testing::TestWithParam<StoreParam> {
 protected:
  void SetUp() override { store_ = GetParam().make(); }
  store::Store& store() { return *store_; }

  // A movie with sensible defaults; tests override what they look at.
  static domain::Movie movie(std::string id, std::string title, double score = 7.0,
                             std::vector<std::string> genres = {"drama"}, int year = 2000);
  domain::Movie add(domain::Movie m) { return store().insert_movie(m); }
  void add_titled_films();
  void add_user(const std::string& id, const std::string& name,
                domain::Role role = domain::Role::user);

  std::unique_ptr<store::Store> store_;
};

}  // namespace moviedb::test
