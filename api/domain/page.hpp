#pragma once
// The list envelope: {"items": [...], "page": N, "page_size": N, "total": N,
// "total_exact": B}. A total is exact unless counting it would cost more than
// the page: then it is a lower bound (total_exact false), e.g. "10,000+".
#include <boost/json/value_from.hpp>
#include <cstdint>
#include <string_view>
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

// Calls `visit(name, value)` for each member after "items", in order: the one
// naming of the envelope, whoever writes it (page_json below, text in
// json_text/movie_json.hpp).
template <class T, class Visit>
void for_each_page_member(const Page<T>& page, Visit&& visit) {
  visit("page", page.page);
  visit("page_size", page.page_size);
  visit("total", page.total);
  visit("total_exact", page.total_exact);
}

template <class T>
boost::json::object page_json(const Page<T>& page) {
  boost::json::object out{{"items", boost::json::value_from(page.items)}};
  for_each_page_member(page, [&](std::string_view name, const auto& value) { out[name] = value; });
  return out;
}

}  // namespace moviedb::domain
