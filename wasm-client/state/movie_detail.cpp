#include "state/movie_detail.hpp"

#include <algorithm>

namespace moviedb::client {

CreditGroups group_credits(const std::vector<domain::Credit>& credits) {
  CreditGroups groups;
  for (const auto& credit : credits) {
    if (credit.role == "DIRECTOR") {
      groups.directors.push_back(&credit);
    } else if (credit.role == "ACTOR") {
      groups.cast.push_back(&credit);
    } else {
      groups.crew.push_back(&credit);
    }
  }
  return groups;
}

void sort_filmography(std::vector<domain::Credit>& credits) {
  std::stable_sort(credits.begin(), credits.end(),
                   [](const domain::Credit& a, const domain::Credit& b) {
                     const int ya = a.release_year.value_or(-1);
                     const int yb = b.release_year.value_or(-1);
                     return ya > yb;
                   });
}

}  // namespace moviedb::client
