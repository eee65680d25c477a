#pragma once
// The Netflix titles.csv / credits.csv pair (Kaggle "Netflix TV Shows and
// Movies"): columns are found by their header names, list columns hold Python
// list literals ("['drama', 'crime']").
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/field_error.hpp"
#include "domain/people.hpp"
#include "import/csv_reader.hpp"
#include "store/records.hpp"

namespace moviedb::importer {

enum class NetflixFile { titles, credits };

// Column positions from a header row. Throws ImportFailed naming the file when
// a required column is missing or a column is unknown (a misspelt header would
// otherwise drop that column in every record).
class NetflixColumns {
 public:
  NetflixColumns(NetflixFile file, const std::vector<std::string>& header);

  // The field of `name` in `record`; empty when the column is absent or short.
  std::string_view get(const CsvRecord& record, std::string_view name) const;
  const std::vector<std::string>& names() const { return names_; }

 private:
  std::vector<std::string> names_;
};

// Which of the two files a header row belongs to; nullopt when neither.
std::optional<NetflixFile> netflix_file_of(const std::vector<std::string>& header);
std::string_view netflix_file_name(NetflixFile file);  // "titles.csv", "credits.csv"

store::MovieWithCredits netflix_title(const NetflixColumns& columns, const CsvRecord& record,
                                      std::vector<domain::FieldError>& errors);
domain::Credit netflix_credit(const NetflixColumns& columns, const CsvRecord& record,
                              std::vector<domain::FieldError>& errors);

// "['drama', 'crime']" → {"drama", "crime"}; "" and "[]" → {}; nullopt when malformed.
std::optional<std::vector<std::string>> parse_python_list(std::string_view text);

}  // namespace moviedb::importer
