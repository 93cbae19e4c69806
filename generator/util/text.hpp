#pragma once
// Small string helpers shared by the stages' messages and path checks.
#include <string>
#include <string_view>

namespace gongkai {

// "\"text\"": how messages show a value, a key or a path.
inline std::string quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

inline bool ends_with(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace gongkai
