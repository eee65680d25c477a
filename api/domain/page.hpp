#pragma once
// The list envelope: {"items": [...], "page": N, "page_size": N, "total": N,
// "total_exact": B}. A total is exact unless counting it would cost more than
// the page: then it is a lower bound (total_exact false), e.g. "10,000+".
#include <boost/json/value_from.hpp>
#include <cstdint>
#include <vector>

namespace moviedb::domain {

template <class T>
struct Page {
  std::vector<T> items;
  std::int64_t page = 1;
  std::int64_t page_size = 20;
  std::int64_t total = 0;
  bool total_exact = true;  // false: more than `total` match
};

template <class T>
boost::json::object page_json(const Page<T>& page) {
  return {{"items", boost::json::value_from(page.items)},
          {"page", page.page},
          {"page_size", page.page_size},
          {"total", page.total},
          {"total_exact", page.total_exact}};
}

}  // namespace moviedb::domain
