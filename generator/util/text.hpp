#pragma once
// Small string helpers shared by the stages' messages and path checks.
#include <string>
#include <string_view>

namespace gongkai {

// "\"text\"": how messages show a value, a key or a path. Appended piece by piece: GCC 12 at -O3
// warns (-Wrestrict, a false positive) on "\"" + std::string(s).
inline std::string quoted(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  out += s;
  out += '"';
  return out;
}

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace gongkai
