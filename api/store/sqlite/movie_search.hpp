#pragma once
// Turns a MovieQuery into SQL over `movies m`. Every user value is a bound
// parameter; the FTS expression quotes each word, so no input is ever syntax.
#include <string>
#include <variant>
#include <vector>

#include "domain/movie_query.hpp"
#include "store/sqlite/statement.hpp"

namespace moviedb::store::sqlite {

struct SqlFilter {
  std::string where;  // "" or " WHERE …"
  std::vector<std::variant<std::string, std::int64_t, double>> params;
  void bind_all(Statement& statement) const;
};

SqlFilter movie_filter(const domain::MovieQuery& query);
std::string movie_order(const domain::MovieSort& sort);

// "star wa" → "\"star\" \"wa\"*"; empty when the text holds no word.
std::string fts_expression(const std::string& text);

}  // namespace moviedb::store::sqlite
