#pragma once
// The orders readers meet documents in: newest first, and each one's neighbours within its issuer.
#include <cstddef>
#include <limits>
#include <vector>

#include "catalogue/catalogue.hpp"

namespace gongkai {

// Indices into Catalogue::documents(), in reading order.
struct ReadingOrder {
  static constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();

  // Newest first: by 生成日期 in the site's zone, then by index number, descending.
  std::vector<std::size_t> newest;
  // Per document: the next newer (上一篇) and next older (下一篇) document of its lead
  // issuer, or kNone at either end.
  std::vector<std::size_t> newer_in_issuer;
  std::vector<std::size_t> older_in_issuer;
};

ReadingOrder reading_order(const Catalogue& catalogue, UtcOffset site_offset);

}  // namespace gongkai
