#include "content/index_number.hpp"

namespace gongkai {

std::optional<IndexNumber> parse_index_number(const std::string& text, const std::regex& pattern) {
  std::smatch m;
  if (!std::regex_match(text, m, pattern) || m.size() < 4) return std::nullopt;
  IndexNumber n;
  n.text = text;
  n.code = m[1].str();
  try {
    n.year = std::stoi(m[2].str());
    n.serial = std::stol(m[3].str());
  } catch (const std::exception&) {
    return std::nullopt;  // a site pattern whose groups are not numbers
  }
  return n;
}

}  // namespace gongkai
