#include "site/utc_offset.hpp"

#include <cstdio>

namespace gongkai {

std::optional<UtcOffset> parse_utc_offset(const std::string& text) {
  if (text == "Z" || text == "z") return 0;
  // Exactly [+-]HH:MM; sscanf's %d would also take "+ 8" or "-1" in a field.
  const auto digit = [&](std::size_t i) { return text[i] >= '0' && text[i] <= '9'; };
  if (text.size() != 6 || (text[0] != '+' && text[0] != '-') || !digit(1) || !digit(2) ||
      text[3] != ':' || !digit(4) || !digit(5)) {
    return std::nullopt;
  }
  int h = (text[1] - '0') * 10 + (text[2] - '0');
  int m = (text[4] - '0') * 10 + (text[5] - '0');
  if (h > 23 || m > 59) return std::nullopt;
  return (text[0] == '-' ? -1 : 1) * (h * 60 + m);
}

std::string format_utc_offset(UtcOffset minutes) {
  char buf[24];
  int a = minutes < 0 ? -minutes : minutes;
  std::snprintf(buf, sizeof buf, "%c%02d:%02d", minutes < 0 ? '-' : '+', a / 60, a % 60);
  return buf;
}

}  // namespace gongkai
