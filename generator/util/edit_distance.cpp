#include "util/edit_distance.hpp"

#include <algorithm>

namespace gongkai {

namespace {

std::vector<std::string_view> code_points(std::string_view s) {
  std::vector<std::string_view> out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t len = 1;
    while (i + len < s.size() && (static_cast<unsigned char>(s[i + len]) & 0xC0) == 0x80) ++len;
    out.push_back(s.substr(i, len));
    i += len;
  }
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  // Optimal string alignment: a swap of two neighbours ("tilte") counts as one edit.
  auto x = code_points(a);
  auto y = code_points(b);
  const std::size_t w = y.size() + 1;
  std::vector<std::size_t> d((x.size() + 1) * w);
  for (std::size_t i = 0; i <= x.size(); ++i) d[i * w] = i;
  for (std::size_t j = 0; j <= y.size(); ++j) d[j] = j;
  for (std::size_t i = 1; i <= x.size(); ++i) {
    for (std::size_t j = 1; j <= y.size(); ++j) {
      std::size_t cost = x[i - 1] == y[j - 1] ? 0 : 1;
      std::size_t best =
          std::min({d[(i - 1) * w + j] + 1, d[i * w + j - 1] + 1, d[(i - 1) * w + j - 1] + cost});
      if (i > 1 && j > 1 && x[i - 1] == y[j - 2] && x[i - 2] == y[j - 1]) {
        best = std::min(best, d[(i - 2) * w + j - 2] + 1);
      }
      d[i * w + j] = best;
    }
  }
  return d[x.size() * w + y.size()];
}

std::string closest_match(std::string_view word, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_distance = 0;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(word, c);
    if (best.empty() || d < best_distance) {
      best = c;
      best_distance = d;
    }
  }
  // Allow about one edit in three characters, and at least one.
  std::size_t limit = std::max<std::size_t>(1, code_points(word).size() / 3);
  return (!best.empty() && best_distance <= limit) ? best : std::string();
}

}  // namespace gongkai
