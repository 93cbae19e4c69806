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

// s with ASCII letters in lowercase: how a case-insensitive file system (Windows, macOS) compares
// names, as far as the Latin letters of paths go.
inline std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace gongkai
