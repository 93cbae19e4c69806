#pragma once
// 索引号: the unique, never-changing number of a disclosed document.
#include <optional>
#include <regex>
#include <string>

namespace gongkai {

// An index number split by the site's pattern into organisation code, year and serial.
struct IndexNumber {
  std::string text;  // as written, e.g. "620700036/2021-00008"
  std::string code;  // "620700036"
  int year = 0;      // 2021
  long serial = 0;   // 8
};

// Splits text by pattern (the site's; site/vocabulary.hpp holds the default) into its three
// capture groups: code, year, serial. Nothing if it doesn't match.
std::optional<IndexNumber> parse_index_number(const std::string& text, const std::regex& pattern);

}  // namespace gongkai
