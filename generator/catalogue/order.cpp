#include "catalogue/order.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>
#include <unordered_map>

namespace gongkai {

ReadingOrder reading_order(const Catalogue& catalogue, UtcOffset tz) {
  const auto& docs = catalogue.documents();
  ReadingOrder order;
  std::vector<std::int64_t> when(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i) when[i] = docs[i].meta.date.epoch_seconds(tz);
  order.newest.resize(docs.size());
  std::iota(order.newest.begin(), order.newest.end(), std::size_t{0});
  std::stable_sort(order.newest.begin(), order.newest.end(), [&](std::size_t a, std::size_t b) {
    if (when[a] != when[b]) return when[a] > when[b];
    return docs[a].meta.index_number.text > docs[b].meta.index_number.text;
  });

  order.newer_in_issuer.assign(docs.size(), ReadingOrder::kNone);
  order.older_in_issuer.assign(docs.size(), ReadingOrder::kNone);
  std::unordered_map<std::string_view, std::size_t> last_seen;  // lead issuer → its newest so far
  for (std::size_t i : order.newest) {
    if (docs[i].meta.issuers.empty()) continue;
    auto [it, fresh] = last_seen.try_emplace(docs[i].meta.issuers.front(), i);
    if (fresh) continue;
    order.newer_in_issuer[i] = it->second;
    order.older_in_issuer[it->second] = i;
    it->second = i;
  }
  return order;
}

}  // namespace gongkai
